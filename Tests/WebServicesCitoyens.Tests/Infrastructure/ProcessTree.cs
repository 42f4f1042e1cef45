using System.Diagnostics;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// A process and all its descendants, read from Linux's /proc, to kill them all at once (SIGKILL, no
/// chance to clean up, as a power cut would) and to check none of them is left running.
/// </summary>
public static class ProcessTree
{
    /// <summary>The process <paramref name="pid"/> first, then its descendants, as they are now.</summary>
    public static List<int> Of(int pid)
    {
        var tree = new List<int> { pid };
        for (var i = 0; i < tree.Count; i++)
            foreach (var task in SafeDirectories($"/proc/{tree[i]}/task"))
                try
                {
                    tree.AddRange(File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse));
                }
                catch (IOException) { }
        return tree;
    }

    /// <summary>Sends SIGKILL to every process of the tree (gathered first, so no child escapes as an orphan) and waits until none runs.</summary>
    public static void Kill(int pid)
    {
        var tree = Of(pid);
        foreach (var process in tree)
            try
            {
                using var running = Process.GetProcessById(process);
                running.Kill();
            }
            catch (ArgumentException) { /* already gone */ }
            catch (InvalidOperationException) { }
        var waited = Stopwatch.StartNew();
        while (tree.Any(Alive))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"processes {string.Join(", ", tree.Where(Alive))} survived SIGKILL");
            Thread.Sleep(20);
        }
    }

    /// <summary>Whether the process runs (a killed process stays a zombie until reaped: that one does not count).</summary>
    public static bool Alive(int pid)
    {
        // The state follows the command's name in parentheses, which may itself hold spaces.
        try { return File.ReadAllText($"/proc/{pid}/stat") is var stat && stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z'; }
        catch (IOException) { return false; }
    }

    private static IEnumerable<string> SafeDirectories(string path)
    {
        try { return Directory.GetDirectories(path); }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }
}
