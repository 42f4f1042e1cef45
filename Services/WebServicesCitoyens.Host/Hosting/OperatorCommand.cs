using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// <c>create-operator {e-mail} {display name}</c>: creates the platform operator of a deployment that
/// does not seed the demo (<c>Demo:Seed=false</c>), who then creates the communes' administrators over
/// Administration.svc. The password is read from standard input (one line), never from the command
/// line, which other users of the machine can see.
/// </summary>
public static class OperatorCommand
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "create-operator") return false;
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: create-operator {e-mail} {display name}   (the password is read from standard input)");
            exitCode = 2;
            return true;
        }
        var password = Console.In.ReadLine() ?? "";
        if (Passwords.Problem(password) is { } problem)
        {
            Console.Error.WriteLine(problem);
            exitCode = 2;
            return true;
        }
        var database = CommandStore.Settings().Database;
        Migrator.Migrate(database);
        var store = new AgentStore(database);
        exitCode = CreateAsync(store, AccountService.NormalizeEmail(args[1]), args[2].Trim(), password).GetAwaiter().GetResult();
        return true;
    }

    private static async Task<int> CreateAsync(AgentStore store, string email, string name, string password)
    {
        await using var connection = await store.OpenAsync();
        if (await store.FindByEmailAsync(connection, email) is not null)
        {
            Console.Error.WriteLine($"{email} already has a back-office account.");
            return 1;
        }
        var agent = new Agent(AccountTokens.NewId(), null, email, name, AgentRole.Operator, []);
        await using var transaction = await connection.BeginTransactionAsync();
        await store.InsertAsync(connection, transaction, agent, Passwords.Hash(password), Timestamps.ToText(DateTimeOffset.UtcNow));
        await transaction.CommitAsync();
        Console.WriteLine($"operator {email} created");
        return 0;
    }
}
