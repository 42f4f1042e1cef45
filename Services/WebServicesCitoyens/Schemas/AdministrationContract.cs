using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Schemas.ServiceContract;
using A = WebServicesCitoyens.Texts.AdministrationTexts;

namespace WebServicesCitoyens.Schemas;

/// <summary>The administration service's published contract (administration.xsd, Wsdl/Administration.*).</summary>
public static class AdministrationContract
{
    public const string EndpointPath = "/services/Administration.svc";

    /// <summary>
    /// The body limit of the endpoint: an imported definition may be 1 MiB, and travels as escaped text
    /// (each &lt; becomes &amp;lt;), so the body may be four times as long. Only ImportConfiguration may exceed
    /// the usual 256 KiB (see SoapGuard); the service refuses, in French, a definition over 1 MiB.
    /// </summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024 + 64 * 1024;

    public static readonly WsdlService Service = new(
        "AdministrationService", ContractNamespaces.Administration, "AdministrationService",
        ["Login", "Logout",
         "ListConfigurations", "ListVersions", "ExportConfiguration", "ImportConfiguration", "CreateDraft", "DiscardDraft",
         "PublishTest", "PublishOnline", "GetProcessTree",
         "AddStep", "UpdateStep", "RemoveStep", "AddAction", "UpdateAction", "RemoveAction", "SaveActor", "RemoveActor",
         "AddField", "UpdateField", "HideField", "MoveField", "RemoveField", "SetMessage", "RemoveMessage", "SetDocument", "RemoveDocument",
         "ListProfiles", "SaveProfile", "ListAgents", "CreateAgent", "DisableAgent",
         "GetCommuneSettings", "SetDelaysPublic",
         "ListFeedback", "AnswerFeedback",
         "SetCommuneCertificate",
         "RegisterVendorClient", "ListVendorClients", "RotateVendorSecret", "RevokeVendorClient", "ListWebhookDeliveries"],
        "Administration des démarches d'une commune de Web Services Citoyens : versions, étapes, actions, acteurs, formulaire, messages, documents, import et export ; profils et agents ; réglages de la commune (délais publics). Documentation : README, « Administration of procedures ».",
        " Generated from Services/WebServicesCitoyens/Schemas/administration.xsd by the host's generate-contracts command. Do not edit. ",
        EndpointPath);

    public static readonly ServiceContract Contract = new("Administration", Service, "administration.xsd", Operations());

    private static IReadOnlyList<ContractElement> Operations()
    {
        var session = Param("SessionToken", AccountTexts.SessionLabel, true, FieldType.Text, 100);
        var commune = Param("CommuneCode", ValidationTexts.CommuneCodeLabel, true, FieldType.CommuneCode);
        var procedure = Param("ProcedureCode", A.ProcedureCodeLabel, true, FieldType.Text, 100);
        var version = new ContractElement("Version", "Version", A.VersionLabel, false,
            CompositeFields.Part("", "Version", A.VersionLabel, false, FieldType.Integer, min: "1"), []);
        ContractElement Code(string name, string label, bool required = true) => Param(name, label, required, FieldType.Text, 200);
        ContractElement Label(string name, string label, bool required = true) => Param(name, label, required, FieldType.Text, 200);
        ContractElement Text(string name, string label, bool required = true) => Param(name, label, required, FieldType.FreeText, 20000);
        ContractElement Flag(string name, string label, bool required = true) => Param(name, label, required, FieldType.Boolean);
        ContractElement Codes(string name, string label, bool required) => ContractElement.Complex(name, name, label, required,
            [new ContractElement("Code", name + ".Code", label, false, CompositeFields.Part(name, "Code", label, false, FieldType.Text, 200), [], 0, 100)]);
        var options = ContractElement.Complex("Options", "Options", A.OptionsLabel, false,
            [ContractElement.Complex("Option", "Options.Option", A.OptionsLabel, false, [Code("Value", A.OptionValueLabel), Label("Label", A.LabelLabel)])
                with { MaxOccurs = 100 }]);
        ContractElement[] Of(params ContractElement[] parameters) => [session, commune, procedure, .. parameters];
        ContractElement[] action =
        [
            session, commune, procedure, Code("StepCode", A.StepCodeLabel), Code("Code", A.CodeLabel), Label("Label", A.LabelLabel),
            Code("To", A.ToLabel, false), Code("Trigger", A.TriggerLabel, false), Code("Delay", A.DelayLabel, false),
            Code("Actor", A.ActorLabel, false), Code("Document", A.DocumentLabel, false),
            Text("MessageSubject", A.MessageSubjectLabel, false), Text("MessageBody", A.MessageBodyLabel, false),
        ];
        return
        [
            Operation("Login", Param("Email", AccountTexts.EmailLabel, true, FieldType.Email), Param("Password", AccountTexts.PasswordLabel, true, FieldType.Text, 128)),
            Operation("Logout", session),
            Operation("ListConfigurations", session, commune),
            Operation("ListVersions", Of()),
            Operation("ExportConfiguration", Of(version)),
            Operation("ImportConfiguration", Of(Param("DefinitionXml", A.DefinitionXmlLabel, false, FieldType.FreeText, 4_194_304))),
            Operation("CreateDraft", Of()),
            Operation("DiscardDraft", Of()),
            Operation("PublishTest", Of()),
            Operation("PublishOnline", Of()),
            Operation("GetProcessTree", Of(version)),
            Operation("AddStep", Of(Code("After", A.AfterLabel), Code("Code", A.CodeLabel), Label("AgentLabel", A.AgentLabelLabel), Label("CitizenLabel", A.CitizenLabelLabel))),
            Operation("UpdateStep", Of(Code("Code", A.CodeLabel), Label("AgentLabel", A.AgentLabelLabel, false), Label("CitizenLabel", A.CitizenLabelLabel, false))),
            Operation("RemoveStep", Of(Code("Code", A.CodeLabel))),
            Operation("AddAction", action),
            Operation("UpdateAction", action),
            Operation("RemoveAction", Of(Code("Code", A.CodeLabel))),
            Operation("SaveActor", Of(Code("Code", A.CodeLabel), Label("Label", A.LabelLabel), Codes("Profiles", A.ProfilesLabel, false))),
            Operation("RemoveActor", Of(Code("Code", A.CodeLabel))),
            Operation("AddField", Of(Code("GroupPath", A.GroupPathLabel, false), Code("After", A.AfterLabel, false), Code("Name", A.NameLabel),
                Label("Label", A.LabelLabel), Code("Type", A.TypeLabel), Flag("Required", A.RequiredLabel),
                Param("Help", A.HelpLabel, false, FieldType.Text, 1000), options)),
            Operation("UpdateField", Of(Code("Path", A.PathLabel), Label("Label", A.LabelLabel, false), Param("Help", A.HelpLabel, false, FieldType.Text, 1000),
                Flag("Required", A.RequiredLabel, false))),
            Operation("HideField", Of(Code("Path", A.PathLabel), Flag("Hidden", A.HiddenLabel))),
            Operation("MoveField", Of(Code("Path", A.PathLabel), Code("Direction", A.DirectionLabel))),
            Operation("RemoveField", Of(Code("Path", A.PathLabel))),
            Operation("SetMessage", Of(Code("Event", A.EventLabelParameter), Code("StepCode", A.StepCodeLabel, false), Text("Subject", A.SubjectLabel), Text("Body", A.BodyLabel))),
            Operation("RemoveMessage", Of(Code("Event", A.EventLabelParameter), Code("StepCode", A.StepCodeLabel, false))),
            Operation("SetDocument", Of(Code("Code", A.CodeLabel), Label("Title", A.TitleLabel), Text("Body", A.BodyLabel))),
            Operation("RemoveDocument", Of(Code("Code", A.CodeLabel))),
            Operation("ListProfiles", session, commune),
            Operation("SaveProfile", session, commune, Code("Code", A.CodeLabel), Label("Label", A.LabelLabel), Codes("Scope", A.ScopeLabel, true)),
            Operation("ListAgents", session, commune),
            Operation("CreateAgent", session, commune, Param("Email", AccountTexts.EmailLabel, true, FieldType.Email), Label("DisplayName", A.DisplayNameLabel),
                Code("Role", A.RoleLabel), Param("Password", AccountTexts.PasswordLabel, true, FieldType.Text, 128), Codes("Profiles", A.ProfilesLabel, false)),
            Operation("DisableAgent", session, commune, Code("AgentId", A.AgentIdLabel)),
            Operation("GetCommuneSettings", session, commune),
            Operation("SetDelaysPublic", session, commune, Flag("Public", A.DelaysPublicLabel)),
            Operation("ListFeedback", session, commune, Param("ProcedureCode", A.ProcedureCodeLabel, false, FieldType.Text, 100),
                Code("Kind", Texts.FeedbackTexts.KindLabel, false), Flag("Unanswered", Texts.FeedbackTexts.UnansweredLabel, false)),
            Operation("AnswerFeedback", session, Param("FeedbackId", Texts.FeedbackTexts.FeedbackIdLabel, true, FieldType.Text, 64),
                Param("Answer", Texts.FeedbackTexts.AnswerLabel, true, FieldType.FreeText, Texts.FeedbackTexts.MaxAnswer)),
            // The certificate is xs:base64Binary, checked by the service (readable, RSA ≥ 2048, valid, for encryption).
            Operation("SetCommuneCertificate", session, commune, Param("Certificate", HostedFormsTexts.CertificateLabel, true, FieldType.Attachment),
                Param("DossierEmail", HostedFormsTexts.DossierEmailLabel, true, FieldType.Email)),
            Operation("RegisterVendorClient", session, commune, Param("Name", FluxTexts.ClientNameLabel, true, FieldType.Text, FluxTexts.MaxName),
                Codes("Scope", FluxTexts.ScopeLabel, true)),
            Operation("ListVendorClients", session, commune),
            Operation("RotateVendorSecret", session, commune, Param("ClientId", FluxTexts.ClientIdLabel, true, FieldType.Text, 64)),
            Operation("RevokeVendorClient", session, commune, Param("ClientId", FluxTexts.ClientIdLabel, true, FieldType.Text, 64)),
            Operation("ListWebhookDeliveries", session, commune, Param("ClientId", FluxTexts.ClientIdLabel, true, FieldType.Text, 64)),
        ];
    }
}
