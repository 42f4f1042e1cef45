namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The addresses of the administrators' pages: <c>/gestion/administration</c> (the procedures),
/// <c>/gestion/administration/{procedure}</c> (a procedure's editor, which its forms post to),
/// <c>…/{procedure}/export</c> and <c>/gestion/administration/agents</c>. A commune's administrator
/// administers their own commune; the platform's operator, who has none, names it in every address
/// (<c>?commune=45234</c>).
/// </summary>
/// <param name="OperatorCommune">The commune the operator chose; null for a commune's administrator.</param>
public sealed record AdministrationAddress(string? OperatorCommune)
{
    public const string Root = "/gestion/administration";
    public const string PeopleSegment = "agents";
    public const string FeedbackSegment = "avis";
    public const string VendorsSegment = "logiciels";

    public string List => Root + Query();
    public string People => $"{Root}/{PeopleSegment}{Query()}";
    public string ListDone(string done) => Root + Query(("fait", done));
    public string Procedure(string code, string? done = null) => $"{Root}/{code}{Query(("fait", done))}";
    /// <summary>The commune's software calling Flux.svc (its administrators only), with a confirmation.</summary>
    public string Vendors(string? done = null) => $"{Root}/{VendorsSegment}{Query(("fait", done))}";
    public string PeopleDone(string done) => $"{Root}/{PeopleSegment}{Query(("fait", done))}";
    /// <summary>The citizens' feedback on the commune's procedures (its administrators only), filtered, with a confirmation.</summary>
    public string Feedback(string? procedure = null, string? kind = null, bool unanswered = false, string? done = null) =>
        $"{Root}/{FeedbackSegment}{Query(("demarche", procedure), ("nature", kind), ("sans-reponse", unanswered ? "oui" : null), ("fait", done))}";
    public string Export(string code, long? version = null) => $"{Root}/{code}/export{Query(("version", version?.ToString()))}";

    /// <summary>The operator's commune first, then the other parameters given a value, escaped.</summary>
    private string Query(params (string Name, string? Value)[] parameters)
    {
        var all = parameters.Prepend(("commune", OperatorCommune)).Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}").ToList();
        return all.Count == 0 ? "" : "?" + string.Join('&', all);
    }
}
