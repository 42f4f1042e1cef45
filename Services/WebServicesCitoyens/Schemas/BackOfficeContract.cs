using System.Globalization;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Schemas.ServiceContract;

namespace WebServicesCitoyens.Schemas;

/// <summary>The back office service's published contract (back-office.xsd, Wsdl/BackOffice.*), and the labels its faults use.</summary>
public static class BackOfficeContract
{
    public const string EndpointPath = "/services/BackOffice.svc";

    /// <summary>The longest note, message, correction request or rejection reason (the processing's own limit).</summary>
    public const int MaxTextLength = BackOffice.DossierProcessing.MaxTextLength;

    public const string CodePattern = "[A-Z][A-Z0-9_]*";

    public static readonly WsdlService Service = new(
        "BackOfficeService", ContractNamespaces.BackOffice, "BackOfficeService",
        ["Login", "Logout", "ListDossiers", "GetDossier", "PerformAction", "AddNote", "SendMessage", "RequestCorrection", "Reject", "Close",
         "Assign", "TakeOver", "PerformOnEach", "GetGeneratedDocument", "GetCitizenDocument", "ListAgents", "FileOnBehalf",
         "GetStatistics",
         "SaveSearch", "ListSavedSearches", "DeleteSavedSearch",
         "RequestFromCommune", "ListCommuneRequests"],
        "Back-office de Web Services Citoyens pour les agents des communes : file des dossiers, traitement, documents, saisie au guichet. Documentation : README, « Back office (agents) ».",
        " Generated from Services/WebServicesCitoyens/Schemas/back-office.xsd by the host's generate-contracts command. Do not edit. ",
        EndpointPath);

    public static readonly ServiceContract Contract = new("BackOffice", Service, "back-office.xsd", Operations());

    private static IReadOnlyList<ContractElement> Operations()
    {
        var session = Param("SessionToken", AccountTexts.SessionLabel, true, FieldType.Text, 100);
        var number = Param("DossierNumber", ValidationTexts.DossierNumberLabel, true, FieldType.Text, 20);
        var selection = ContractElement.Complex("DossierNumbers", "DossierNumbers", BackOfficeTexts.DossierNumbersLabel, true,
            [number with { MinOccurs = 1, MaxOccurs = BackOffice.QueueFilter.MaxPageSize }]);
        var filter = ContractElement.Complex("Filter", "Filter", BackOfficeTexts.FilterLabel, false,
        [
            ProcedureCode(false),
            Code("StepCode", BackOfficeTexts.StepCodeLabel, false),
            Choice("State", BackOfficeTexts.StateLabel, Enum.GetNames<DossierState>()),
            Number("OlderThanDays", BackOfficeTexts.OlderThanDaysLabel, 0, 36500),
            Param("OverdueOnly", BackOfficeTexts.OverdueOnlyLabel, false, FieldType.Boolean),
            Param("AssignedToMe", BackOfficeTexts.AssignedToMeLabel, false, FieldType.Boolean),
            Param("UnassignedOnly", BackOfficeTexts.UnassignedOnlyLabel, false, FieldType.Boolean),
            Param("TestDossiers", BackOfficeTexts.TestDossiersLabel, false, FieldType.Boolean),
            Choice("Sort", BackOfficeTexts.SortLabel, Enum.GetNames<QueueOrder>()),
            Param("Descending", BackOfficeTexts.DescendingLabel, false, FieldType.Boolean),
            Number("Page", BackOfficeTexts.PageLabel, 1, 100_000),
            Number("PageSize", BackOfficeTexts.PageSizeLabel, 1, BackOffice.QueueFilter.MaxPageSize),
            Param("Keywords", SearchTexts.KeywordsLabel, false, FieldType.FreeText, Search.SearchKeywords.MaxLength),
        ]);
        ContractElement Code(string name, string label, bool required) => Param(name, label, required, FieldType.Text, 80, CodePattern);
        ContractElement Text(string name, string label) => Param(name, label, true, FieldType.FreeText, MaxTextLength, FieldChecker.NonBlankPattern);
        ContractElement Id(string name, string label, bool required = true) => Param(name, label, required, FieldType.Text, 64);
        return
        [
            Operation("Login", Param("Email", AccountTexts.EmailLabel, true, FieldType.Email), Param("Password", AccountTexts.PasswordLabel, true, FieldType.Text, 128)),
            Operation("Logout", session),
            Operation("ListDossiers", session, filter),
            Operation("GetDossier", session, number),
            Operation("PerformAction", session, number, Code("ActionCode", BackOfficeTexts.ActionCodeLabel, true),
                Code("ExpectedStep", BackOfficeTexts.ExpectedStepLabel, false)),
            Operation("AddNote", session, number, Text("Text", BackOfficeTexts.TextLabel)),
            Operation("SendMessage", session, number, Text("Text", BackOfficeTexts.TextLabel)),
            Operation("RequestCorrection", session, number, Text("Text", BackOfficeTexts.TextLabel)),
            Operation("Reject", session, number, Code("ExitStep", BackOfficeTexts.ExitStepLabel, false), Text("Reason", BackOfficeTexts.ReasonLabel)),
            Operation("Close", session, number),
            Operation("Assign", session, selection, Id("AgentId", BackOfficeTexts.AgentIdLabel, required: false)),
            Operation("TakeOver", session, Id("ColleagueId", BackOfficeTexts.ColleagueIdLabel)),
            Operation("PerformOnEach", session, selection, Code("ActionCode", BackOfficeTexts.ActionCodeLabel, true)),
            Operation("GetGeneratedDocument", session, number, Id("DocumentId", BackOfficeTexts.DocumentIdLabel)),
            Operation("GetCitizenDocument", session, number, Id("DocumentId", BackOfficeTexts.DocumentIdLabel)),
            Operation("ListAgents", session),
            // The request's content is the procedure's (its own XSD, checked by the service), like Submit's.
            Operation("FileOnBehalf", session, ProcedureCode(true), Choice("Channel", BackOfficeTexts.ChannelLabel, Enum.GetNames<FilingChannel>(), true),
                ContractElement.Complex("Request", "Request", ValidationTexts.RequestLabel, true, [])),
            Operation("GetStatistics", session, Month("FromMonth", StatisticsTexts.FromMonthLabel), Month("ToMonth", StatisticsTexts.ToMonthLabel)),
            Operation("SaveSearch", session, Param("Name", SearchTexts.SearchNameLabel, true, FieldType.Text, Search.SavedSearches.MaxNameLength,
                FieldChecker.NonBlankPattern), filter with { Required = true }),
            Operation("ListSavedSearches", session),
            Operation("DeleteSavedSearch", session, Id("SearchId", SearchTexts.SearchIdLabel)),
            Operation("RequestFromCommune", session, Param("CommuneCode", BackOfficeTexts.TargetCommuneLabel, true, FieldType.CommuneCode), ProcedureCode(true),
                ContractElement.Complex("Request", "Request", ValidationTexts.RequestLabel, true, [])),
            Operation("ListCommuneRequests", session),
        ];
    }

    private static ContractElement ProcedureCode(bool required) =>
        Param("ProcedureCode", CatalogueTexts.ProcedureCodeLabel, required, FieldType.Text, 100, "[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

    /// <summary>A parameter taking one of the values of a published enumeration.</summary>
    private static ContractElement Choice(string name, string label, IEnumerable<string> values, bool required = false)
    {
        var parameter = Param(name, label, required, FieldType.Enum);
        return parameter with { Field = parameter.Field! with { Options = values.Select(v => new EnumOption(v, v)).ToList() } };
    }

    /// <summary>An optional month, AAAA-MM.</summary>
    private static ContractElement Month(string name, string label) => Param(name, label, false, FieldType.Text, 7, StatisticsTexts.MonthPattern);

    /// <summary>An optional whole number within bounds.</summary>
    private static ContractElement Number(string name, string label, int min, int max)
    {
        var parameter = Param(name, label, false, FieldType.Integer);
        return parameter with { Field = parameter.Field! with
        {
            Min = min.ToString(CultureInfo.InvariantCulture), Max = max.ToString(CultureInfo.InvariantCulture),
        } };
    }
}
