using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// Says in French what is wrong with one field's value. The XSD is the authority on validity;
/// this class only explains, field by field, what the XSD refused, so that its checks mirror the
/// facets the schema generator writes (length, pattern, bounds, enumeration, shared types).
/// </summary>
public static class FieldChecker
{
    public const string CommuneCodePattern = "([0-9]{2}|2A|2B)[0-9]{3}";
    public const string EmailPattern = @"[^@\s]+@[^@\s]+\.[^@\s]+";
    public const string PhonePattern = @"(\+[0-9]{1,3}[ .\-]?)?[0-9]([ .\-]?[0-9]){5,14}";
    public const string NonBlankPattern = @"[\s\S]*\S[\s\S]*";
    public const string TimePattern = "([01][0-9]|2[0-3]):[0-5][0-9]";

    public static bool IsTime(string value) => Matches(TimePattern, value);

    /// <param name="path">Where the value stands, when it differs from the field's path (an instance of a repeated group: enfants[2].nom).</param>
    public static string? Problem(FieldDefinition field, string value, string? path = null)
    {
        var label = field.Label;
        path ??= field.Path;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (field.Required) return ValidationTexts.Missing(label, path);
            if (field.Type is not (FieldType.Text or FieldType.FreeText)) return ValidationTexts.EmptyOptional(label, path);
        }

        switch (field.Type)
        {
            case FieldType.Text or FieldType.FreeText:
                // .NET's XSD validator counts UTF-16 units (an emoji counts two), so this check does too.
                if (value.Length > field.EffectiveMaxLength)
                    return ValidationTexts.TooLong(label, path, field.EffectiveMaxLength, value.Length);
                if (field.Pattern is { } pattern && !Matches(pattern, value))
                    return ValidationTexts.BadPattern(label, path);
                return null;
            case FieldType.Date:
                if (!TryParseDate(value, out var date)) return ValidationTexts.NotADate(label, path);
                if (IsLiteralDate(field.Min, out var min) && date < min) return ValidationTexts.DateBefore(label, path, French(min));
                if (IsLiteralDate(field.Max, out var max) && date > max) return ValidationTexts.DateAfter(label, path, French(max));
                return null;
            case FieldType.Integer:
                if (!Regex.IsMatch(value.Trim(), "^[+-]?[0-9]{1,10}$") || !int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                    return ValidationTexts.NotAnInteger(label, path);
                var low = field.Min is null ? (int?)null : int.Parse(field.Min, CultureInfo.InvariantCulture);
                var high = field.Max is null ? (int?)null : int.Parse(field.Max, CultureInfo.InvariantCulture);
                return number < low || number > high ? ValidationTexts.OutOfRange(label, path, field.Min, field.Max) : null;
            case FieldType.Enum:
                return field.Options.Any(o => o.Value == value)
                    ? null
                    : ValidationTexts.NotAnOption(label, path, Shorten(value), field.Options.Select(o => o.Value));
            case FieldType.Email:
                return value.Length <= 254 && Matches(EmailPattern, value) ? null : ValidationTexts.NotAnEmail(label, path);
            case FieldType.Phone:
                return value.Length <= 25 && Matches(PhonePattern, value) ? null : ValidationTexts.NotAPhone(label, path);
            case FieldType.CommuneCode:
                return Matches(CommuneCodePattern, value) ? null : ValidationTexts.NotACommuneCode(label, path);
            case FieldType.Boolean:
                return value.Trim() is "true" or "false" or "1" or "0" ? null : ValidationTexts.NotABoolean(label, path);
            case FieldType.Decimal or FieldType.Money:
                var money = field.Type == FieldType.Money;
                if (!TryParseDecimal(value, out var amount, out var decimals) || (money && decimals > 2))
                    return money ? ValidationTexts.NotAnAmount(label, path) : ValidationTexts.NotADecimal(label, path);
                var lowest = field.Min is null ? (decimal?)null : decimal.Parse(field.Min, CultureInfo.InvariantCulture);
                var highest = field.Max is null ? (decimal?)null : decimal.Parse(field.Max, CultureInfo.InvariantCulture);
                return amount < lowest || amount > highest ? ValidationTexts.OutOfRange(label, path, field.Min, field.Max) : null;
            case FieldType.Siret:
                return Matches("[0-9]{14}", value) ? null : ValidationTexts.NotASiret(label, path);
            case FieldType.Rna:
                return Matches("W[0-9]{9}", value) ? null : ValidationTexts.NotAnRna(label, path);
            case FieldType.Time:
                return IsTime(value) ? null : ValidationTexts.NotATime(label, path);
            default:
                return null;
        }
    }

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>An xs:decimal: digits with an optional sign and a point, no exponent, no NaN or INF.</summary>
    public static bool TryParseDecimal(string value, out decimal number, out int decimals)
    {
        number = 0; decimals = 0;
        var trimmed = value.Trim();
        if (!Regex.IsMatch(trimmed, @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$") || trimmed.Length > 40) return false;
        var point = trimmed.IndexOf('.');
        decimals = point < 0 ? 0 : trimmed.Length - point - 1;
        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The Luhn key of a SIRET (La Poste's establishments, SIREN 356000000, use a digit sum divisible by 5 instead).</summary>
    public static bool HasValidSiretKey(string siret)
    {
        if (siret.StartsWith("356000000", StringComparison.Ordinal) && siret != "35600000000048")
            return siret.Sum(c => c - '0') % 5 == 0;
        var sum = 0;
        for (var i = 0; i < siret.Length; i++)
        {
            var digit = siret[siret.Length - 1 - i] - '0';
            if (i % 2 == 1) { digit *= 2; if (digit > 9) digit -= 9; }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    public static bool IsLiteralDate(string? bound, out DateOnly date)
    {
        date = default;
        return bound is not null && bound != "today" && TryParseDate(bound, out date);
    }

    public static string French(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>XSD patterns match the whole value; .NET's must be anchored to do the same.</summary>
    private static bool Matches(string xsdPattern, string value) =>
        Regex.IsMatch(value, "^(?:" + xsdPattern + ")$", RegexOptions.None, TimeSpan.FromMilliseconds(100));

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
