using NUnit.Framework;
using WebServicesCitoyens.Tests.Infrastructure;

// In the root namespace of the tests: a SetUpFixture only wraps the tests of its namespace and below.
namespace WebServicesCitoyens.Tests;

/// <summary>One host for the whole test run (each test uses its own client request ids); stopped at the end.</summary>
[SetUpFixture]
public sealed class SharedHost
{
    private static HostProcess? _host;

    public static HostProcess Host => _host ??= HostProcess.Start();

    [OneTimeTearDown]
    public void StopHost()
    {
        _host?.Dispose();
        _host = null;
        // Every other host of the run is disposed by its own test by now: the PostgreSQL server can go.
        TestPostgres.Stop();
    }
}
