namespace WebServicesCitoyens.Storage;

/// <summary>The database engine behind the dossier store.</summary>
public enum StoreEngine
{
    /// <summary>One file, embedded in the host: the default, for one machine.</summary>
    Sqlite,
    /// <summary>A server that several hosts share.</summary>
    PostgreSql,
}
