using System.Collections.Concurrent;
using Dapper;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Administration;

/// <summary>
/// The definition a dossier is processed with: the catalogue's, or the commune's version it was filed
/// under (its steps, actions, actors, documents and form). Versions past Draft never change, so they
/// are cached for good once read; another host's new version is read on first use.
/// </summary>
public sealed class ProcedureDefinitions(ProcedureCatalogue catalogue, Database database)
{
    private readonly ConcurrentDictionary<(string Commune, string Procedure, long Version), ProcedureDefinition> _versions = new();

    public ProcedureCatalogue Catalogue => catalogue;

    /// <summary>The definition of a dossier (null only for a procedure no longer in the catalogue).</summary>
    public ProcedureDefinition? For(DossierRecord dossier) => For(dossier.CommuneCode, dossier.ProcedureCode, dossier.ConfigurationVersion);

    public ProcedureDefinition? For(string communeCode, string procedureCode, long? configurationVersion)
    {
        if (catalogue.Find(procedureCode) is not { } published) return null;
        if (configurationVersion is not { } version) return published;
        return _versions.GetOrAdd((communeCode, procedureCode, version), key =>
        {
            // Synchronous on purpose: callers are both sync and async, and a miss happens once per version and host.
            using var connection = database.Open();
            var xml = connection.QuerySingle<string>(
                "SELECT definition_xml FROM procedure_configurations WHERE commune_code = @Commune AND procedure_code = @Procedure AND version = @Version",
                new { key.Commune, key.Procedure, key.Version });
            return Parse(xml, published);
        });
    }

    /// <summary>
    /// The definition a new dossier is filed under and its version: the commune's version in Test for
    /// a preview, else its Online version, else the catalogue's (version null).
    /// </summary>
    public async Task<VersionInEffect> InEffectAsync(string communeCode, ProcedureDefinition published, bool preview)
    {
        await using var connection = await database.OpenAsync();
        var versions = (await connection.QueryAsync<(long Version, string State)>(
            """
            SELECT version, state FROM procedure_configurations
            WHERE commune_code = @communeCode AND procedure_code = @Code AND state IN ('Test', 'Online')
            """, new { communeCode, published.Code })).ToList();
        if (preview && versions.Where(v => v.State == ConfigurationStates.Test).Select(v => (long?)v.Version).FirstOrDefault() is { } test)
            return new VersionInEffect(For(communeCode, published.Code, test)!, test, IsTest: true);
        return versions.Where(v => v.State == ConfigurationStates.Online).Select(v => (long?)v.Version).FirstOrDefault() is { } online
            ? new VersionInEffect(For(communeCode, published.Code, online)!, online, IsTest: false)
            : new VersionInEffect(published, null, IsTest: false);
    }

    /// <summary>Reads a configuration's XML as a definition of the catalogue procedure (the same schema and rules).</summary>
    public ProcedureDefinition Parse(string xml, ProcedureDefinition published) =>
        DefinitionLoader.ParseText(xml, catalogue.Schemas ?? throw new InvalidOperationException("The catalogue was loaded without its schema."), published.Theme);
}

/// <summary>
/// The definition a commune's new dossiers of a procedure get: its <see cref="Version"/> (null: the
/// catalogue's), and whether it is the version in Test, whose dossiers are tests.
/// </summary>
public sealed record VersionInEffect(ProcedureDefinition Definition, long? Version, bool IsTest);
