using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.BackOffice;

/// <summary>A remit given as themes or procedure codes (an agents' profile, a vendor client): what may be in it, and what it covers.</summary>
public static class ProcedureScope
{
    public static bool IsKnown(string entry, ProcedureCatalogue catalogue) => CatalogueTexts.ThemeLabel(entry) is not null || catalogue.Find(entry) is not null;

    public static bool Covers(IReadOnlyList<string> scope, string procedureCode, string theme) => scope.Contains(theme) || scope.Contains(procedureCode);
}
