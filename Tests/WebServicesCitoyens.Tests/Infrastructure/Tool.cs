using System.Diagnostics;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>Runs an outside program (xsltproc, java, php, python3, the host with a command) and returns what it printed.</summary>
public static class Tool
{
    /// <param name="environment">Variables added to the program's environment (e.g. the host's Storage__SqlitePath).</param>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in time.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs and fails the test, with what the program said, unless it succeeds.</summary>
    public static string Succeed(string program, params string[] arguments)
    {
        var (code, output, error) = Run(program, arguments);
        Assert.That(code, Is.EqualTo(0), $"{program} {string.Join(' ', arguments)} failed:\n{error}\n{output}");
        return output;
    }
}
