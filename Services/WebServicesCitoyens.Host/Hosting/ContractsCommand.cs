using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// <c>generate-contracts [repository folder]</c>: regenerates Wsdl/procedures/*.wsdl and *.xsd from
/// the definitions of Services/Catalogue/, in the repository (found by walking up to the .sln).
/// </summary>
public static class ContractsCommand
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "generate-contracts") return false;

        var root = args.Length > 1 ? Path.GetFullPath(args[1]) : FindRepository(Directory.GetCurrentDirectory());
        if (root is null)
        {
            Console.Error.WriteLine("Repository not found: run from inside the repository or pass its folder.");
            exitCode = 2;
            return true;
        }
        var catalogue = DefinitionLoader.LoadFolder(Path.Combine(root, "Services", "Catalogue"));
        foreach (var file in new ContractFiles(Path.Combine(root, "Wsdl")).WriteAll(catalogue))
            Console.WriteLine($"written {Path.GetRelativePath(root, file)}");
        return true;
    }

    private static string? FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "WebServicesCitoyens.sln"))) return folder.FullName;
        return null;
    }
}
