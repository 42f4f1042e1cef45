using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// An element a procedure's contract expects, with the French label that fault messages use.
/// Simple elements carry the <see cref="FieldDefinition"/> whose constraints their value must meet;
/// complex elements list their children in schema order.
/// </summary>
public sealed record ContractElement(
    string Name, string Path, string Label, bool Required, FieldDefinition? Field, IReadOnlyList<ContractElement> Children,
    int MinOccurs = 0, int MaxOccurs = 1)
{
    public bool IsRepeated => MaxOccurs > 1;

    public bool IsSimple => Field is not null && Children.Count == 0;

    public ContractElement? Child(string name) => Children.FirstOrDefault(c => c.Name == name);

    /// <summary>The operation wrappers of a procedure endpoint, down to every field of its typed request.</summary>
    public static IReadOnlyList<ContractElement> OperationsOf(ProcedureDefinition definition)
    {
        var communeCode = Param("CommuneCode", ValidationTexts.CommuneCodeLabel, FieldType.CommuneCode);
        var previewKey = Simple(CompositeFields.Part("", "PreviewKey", ValidationTexts.PreviewKeyLabel, false, FieldType.Text, 100));
        return
        [
            Complex("GetForm", "GetForm", "GetForm", true, [communeCode, previewKey]),
            Complex("Submit", "Submit", "Submit", true,
            [
                communeCode,
                Param("ClientRequestId", ValidationTexts.ClientRequestIdLabel, FieldType.Text, 64, "[A-Za-z0-9._:\\-]+"),
                Complex("Request", "Request", ValidationTexts.RequestLabel, true, [.. definition.RequestItems.Select(FromItem), Complements]),
                previewKey,
            ]),
            Complex("GetStatus", "GetStatus", "GetStatus", true,
            [
                Param("DossierNumber", ValidationTexts.DossierNumberLabel, FieldType.Text, 20),
                Param("TrackingCode", ValidationTexts.TrackingCodeLabel, FieldType.Text, 64),
            ]),
        ];
    }

    /// <summary>The last element of every request: up to 50 answers to the commune's own fields (see ProcedureSchemaGenerator).</summary>
    public static readonly ContractElement Complements = Complex(ProcedureSchemaGenerator.ComplementsElement, ProcedureSchemaGenerator.ComplementsElement,
        ValidationTexts.ComplementsLabel, false,
        [
            new ContractElement(ProcedureSchemaGenerator.ComplementElement, ProcedureSchemaGenerator.ComplementsElement + "." + ProcedureSchemaGenerator.ComplementElement,
                ValidationTexts.ComplementLabel, false,
                CompositeFields.Part(ProcedureSchemaGenerator.ComplementsElement, ProcedureSchemaGenerator.ComplementElement, ValidationTexts.ComplementLabel,
                    false, FieldType.FreeText, maxLength: 4000), [], MinOccurs: 0, MaxOccurs: 50),
        ]);

    /// <summary>The contract element of a form item: a group with its children, a composite with its parts, or a field.</summary>
    public static ContractElement FromItem(FormItem item) => item switch
    {
        GroupDefinition group => Complex(group.Name, group.Path, group.Label, group.Required,
            ProcedureDefinition.RequestItemsOf(group.Items).Select(FromItem).ToList()) with { MinOccurs = group.MinOccurs, MaxOccurs = group.MaxOccurs },
        FieldDefinition composite when CompositeFields.IsComposite(composite) => new ContractElement(
            composite.Name, composite.Path, composite.Label, composite.Required, composite,
            CompositeFields.PartsOf(composite).Select(Simple).ToList()),
        FieldDefinition field => Simple(field),
        _ => throw new InvalidOperationException(),
    };

    private static ContractElement Simple(FieldDefinition field) => new(field.Name, field.Path, field.Label, field.Required, field, []);

    public static ContractElement Complex(string name, string path, string label, bool required, IReadOnlyList<ContractElement> children) =>
        new(name, path, label, required, null, children);

    private static ContractElement Param(string name, string label, FieldType type, int? maxLength = null, string? pattern = null) =>
        Simple(CompositeFields.Part("", name, label, true, type, maxLength, pattern));
}
