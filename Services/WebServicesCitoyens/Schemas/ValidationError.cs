namespace WebServicesCitoyens.Schemas;

/// <summary>One problem with a request: the path of the field (e.g. <c>titulaire.dateNaissance</c>) and a French message naming it.</summary>
public sealed record ValidationError(string Path, string Message);

/// <summary>Thrown when a request breaks its procedure's schema or rules; carries every problem found.</summary>
public sealed class RequestValidationException(IReadOnlyList<ValidationError> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
