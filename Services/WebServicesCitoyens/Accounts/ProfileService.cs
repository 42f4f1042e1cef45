using System.Xml.Linq;
using System.Xml.Schema;
using Dapper;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// The citizen's personal data, entered once: read, and replaced after the same checks as a SOAP
/// request (the published schema's Profil type, then the rules of <see cref="ProfileFields"/>).
/// </summary>
public sealed class ProfileService(CitizenStore store, TimeProvider clock)
{
    private static readonly XNamespace Cit = ContractNamespaces.Citizen;
    // The published schema declares a global Profile element, so the page's form is checked like the SOAP operation.
    private static readonly Lazy<SchemaValidator> Validator = new(() =>
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var reader = EmbeddedSchemas.Load("citizen-account.xsd").CreateReader())
            schemas.Add(ContractNamespaces.Citizen, reader);
        schemas.Compile();
        return new SchemaValidator(schemas, [CitizenAccountContract.ProfileElement], ContractNamespaces.Citizen);
    });

    /// <summary>The stored profile, or an empty one.</summary>
    public async Task<XElement> GetAsync(Citizen citizen)
    {
        await using var connection = await store.OpenAsync();
        var xml = await connection.QuerySingleOrDefaultAsync<string?>(
            "SELECT profile_xml FROM citizen_profiles WHERE citizen_id = @id", new { id = citizen.Id });
        return xml is null ? new XElement(Cit + "Profile") : XElement.Parse(xml);
    }

    /// <summary>Checks and stores the profile (element Profile in the citizen namespace), replacing the previous one.</summary>
    public async Task SaveAsync(Citizen citizen, XElement profile)
    {
        var errors = Check(profile);
        if (errors.Count > 0) throw new RequestValidationException(errors);
        var now = Timestamps.ToText(clock.GetUtcNow());
        await using var connection = await store.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO citizen_profiles (citizen_id, profile_xml, updated_at) VALUES (@id, @xml, @now)
            ON CONFLICT (citizen_id) DO UPDATE SET profile_xml = excluded.profile_xml, updated_at = excluded.updated_at
            """, new { id = citizen.Id, xml = profile.ToString(SaveOptions.DisableFormatting), now });
    }

    /// <summary>The problems of a profile, named by path (identite.dateNaissance, membres[2].nom).</summary>
    public IReadOnlyList<ValidationError> Check(XElement profile)
    {
        var errors = Validator.Value.Validate(profile);
        return errors.Count > 0 ? errors : DefinitionRules.Check(ProfileFields.Items, profile, null, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
