using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// The store of versions keeps one Draft at a time, never lets an edit overwrite a colleague's (the Draft
/// must still be what the edit started from), and publishes each version once, retiring the one it replaces.
/// </summary>
public sealed class ConfigurationStoreTests
{
    private const string Chateauroux = "36044";
    private const string Code = "vie-scolaire.inscription-cantine";

    [Test]
    public async Task One_draft_at_a_time_no_lost_edit_and_each_publication_once()
    {
        var database = SharedHost.Host.Store;
        await new CommuneStore(database).SaveAsync(new Commune(Chateauroux, "Châteauroux", CommuneProfile.BackOffice, "#335577", "#775533", null,
            "https://www.example.org/chateauroux", "Europe/Paris"));
        var store = new ConfigurationStore(database);
        var catalogue = File.ReadAllText(Repository.PathOf("Services", "Catalogue", "vie-scolaire", "inscription-cantine.xml"));

        var draft = await store.AddDraftAsync(Chateauroux, Code, catalogue, "test", "2026-01-01T00:00:00.000Z");
        Assert.That(draft, Is.Not.Null);
        Assert.That(await store.AddDraftAsync(Chateauroux, Code, catalogue, "test", "2026-01-01T00:00:00.000Z"), Is.Null, "one Draft at a time");

        var mine = catalogue.Replace("<title>", "<title>Châteauroux : ");
        Assert.That(await store.ReplaceDraftAsync(Chateauroux, Code, draft!.Version, catalogue, mine), Is.True);
        Assert.That(await store.ReplaceDraftAsync(Chateauroux, Code, draft.Version, catalogue, catalogue), Is.False,
            "an edit started from the former document does not undo the one made meanwhile");
        Assert.That((await store.FindAsync(Chateauroux, Code, draft.Version))!.DefinitionXml, Is.EqualTo(mine));

        Assert.That(await store.PublishAsync(Chateauroux, Code, draft.Version, ConfigurationStates.Draft, ConfigurationStates.Test, "2026-01-02T00:00:00.000Z"), Is.True);
        Assert.That(await store.PublishAsync(Chateauroux, Code, draft.Version, ConfigurationStates.Draft, ConfigurationStates.Test, "2026-01-02T00:00:00.000Z"), Is.False);
        Assert.That(await store.ReplaceDraftAsync(Chateauroux, Code, draft.Version, mine, catalogue), Is.False, "a version past Draft never changes");

        var second = await store.AddDraftAsync(Chateauroux, Code, mine, "test", "2026-01-03T00:00:00.000Z");
        Assert.That(second!.Version, Is.EqualTo(draft.Version + 1));
        await store.PublishAsync(Chateauroux, Code, second.Version, ConfigurationStates.Draft, ConfigurationStates.Test, "2026-01-04T00:00:00.000Z");
        Assert.That((await store.ListAsync(Chateauroux, Code)).Select(v => (v.Version, v.State)),
            Is.EqualTo(new[] { (second.Version, ConfigurationStates.Test), (draft.Version, ConfigurationStates.Retired) }));
    }
}
