using System.Data.Common;
using Npgsql;

namespace WebServicesCitoyens.Storage;

/// <summary>
/// The few SQL fragments that differ between the engines, chosen by the connection in hand. SQLite has one
/// writer at a time, so what PostgreSQL needs row locks for is already serialised there and the fragments are empty.
/// </summary>
public static class SqlDialect
{
    /// <summary>
    /// Appended to a SELECT reading a row the transaction then changes from what it read: on PostgreSQL the
    /// row is locked, so that concurrent transactions on it take turns.
    /// </summary>
    public static string ForUpdate(DbConnection connection) => connection is NpgsqlConnection ? " FOR UPDATE" : "";

    /// <summary>
    /// Appended to the SELECT that claims work (outbox, webhooks): on PostgreSQL each host takes rows no
    /// other host holds, without waiting for them.
    /// </summary>
    public static string ForUpdateSkipLocked(DbConnection connection) => connection is NpgsqlConnection ? " FOR UPDATE SKIP LOCKED" : "";

    /// <summary>
    /// "column is one of the list parameter": Dapper expands <c>IN @list</c> into one parameter per value
    /// on SQLite, but hands PostgreSQL the list as one array, which takes <c>= ANY(@list)</c>.
    /// </summary>
    public static string InList(DbConnection connection, string parameter) =>
        connection is NpgsqlConnection ? $"= ANY({parameter})" : $"IN {parameter}";

    /// <summary>
    /// After a table in FROM: on SQLite, the index the statement must read. The host never runs ANALYZE (on a store of
    /// tens of gigabytes it reads every index for many minutes), and without statistics SQLite cannot tell a partial index
    /// of a few thousand entries from a whole-table index with the same first column; PostgreSQL's planner has its
    /// statistics (autovacuum) and gets nothing.
    /// </summary>
    public static string IndexedBy(StoreEngine engine, string index) => engine == StoreEngine.Sqlite ? $" INDEXED BY {index}" : "";
}
