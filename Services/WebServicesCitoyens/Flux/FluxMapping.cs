using System.Xml;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts.Flux;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Flux;

/// <summary>Flux.svc's answers from the domain's records.</summary>
public static class FluxMapping
{
    public static DossierDelivery Delivery(DeliveryPage page) => new()
    {
        Cursor = page.Cursor,
        Dossiers = page.Dossiers.Select(Delivered).ToArray(),
    };

    private static DeliveredDossierInfo Delivered(DeliveredDossier delivered)
    {
        var (dossier, procedure) = (delivered.Dossier, delivered.Procedure);
        // The stored element as filed (like BackOffice GetDossier's Request); never resolve anything in it.
        var request = new XmlDocument { XmlResolver = null };
        request.LoadXml(dossier.RequestXml);
        return new DeliveredDossierInfo
        {
            Sequence = delivered.Sequence,
            DossierNumber = dossier.Number,
            ProcedureCode = dossier.ProcedureCode,
            ProcedureTitle = procedure.Title,
            Channel = dossier.Channel,
            SubmittedAt = Timestamps.Parse(dossier.SubmittedAt),
            Applicant = delivered.Applicant,
            ApplicantKind = dossier.ApplicantKind,
            StepCode = dossier.CurrentStep,
            StepLabel = procedure.FindStep(dossier.CurrentStep)?.AgentLabel,
            State = dossier.State,
            Request = new FiledRequest { Content = [request.DocumentElement!] },
        };
    }

    public static DossierStatusInfo Status(DossierRecord dossier, ProcedureDefinition procedure, string? reference) => new()
    {
        DossierNumber = dossier.Number,
        StepCode = dossier.CurrentStep,
        StepLabel = procedure.FindStep(dossier.CurrentStep)?.AgentLabel,
        State = dossier.State,
        VendorReference = reference,
    };

    public static DossierHistoryInfo History(DossierRecord dossier, IReadOnlyList<HistoryEntry> history) => new()
    {
        DossierNumber = dossier.Number,
        Events = history.Select(e => new HistoryEvent
        {
            Sequence = e.Sequence, OccurredAt = Timestamps.Parse(e.OccurredAt), Kind = e.Kind, StepCode = e.StepCode, StepLabel = e.StepLabel,
            Actor = e.Actor, Detail = e.Detail, VisibleToCitizen = e.VisibleToCitizen,
        }).ToArray(),
    };
}
