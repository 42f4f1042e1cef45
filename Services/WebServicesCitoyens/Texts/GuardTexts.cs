namespace WebServicesCitoyens.Texts;

/// <summary>French messages for requests refused before they are even read as a procedure request.</summary>
public static class GuardTexts
{
    public static string TooLarge(int maxBytes) => $"La requête dépasse la taille maximale de {maxBytes / 1024} Kio.";
    public const string WrongContentType = "Une requête SOAP 1.1 est attendue, avec l'en-tête Content-Type: text/xml; charset=utf-8.";
    public const string DoctypeRefused = "Les déclarations DOCTYPE (DTD, entités) sont interdites dans une requête SOAP.";
    public static string Malformed(int line, int position) => $"Le XML de la requête est mal formé (ligne {line}, position {position}).";
    public static string TooManyElements(int max) => $"Le XML de la requête compte plus de {max} éléments.";
    public static string TooDeep(int max) => $"Le XML de la requête est imbriqué sur plus de {max} niveaux.";
    public static string TooManyAttributes(int max) => $"Un élément de la requête porte plus de {max} attributs.";
    public static string NameTooLong(int max) => $"Un nom d'élément de la requête dépasse {max} caractères.";
    public const string NotSoap11 = "La requête doit être une enveloppe SOAP 1.1 (http://schemas.xmlsoap.org/soap/envelope/).";
    public const string MustUnderstand = "Un en-tête SOAP marqué mustUnderstand n'est pas pris en charge par ce service.";
    public const string OneOperation = "Le corps (Body) de l'enveloppe doit contenir exactement un élément : l'opération appelée.";
    public static string ActionMismatch(string action, string operation, string expected) =>
        $"L'en-tête SOAPAction « {action} » ne correspond pas à l'opération {operation} du corps de la requête (attendu : {expected}).";
}
