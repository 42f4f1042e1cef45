using Microsoft.Extensions.Diagnostics.HealthChecks;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>Readiness of the catalogue: a host that loaded no procedure has nothing to serve.</summary>
public sealed class CatalogueHealthCheck(ProcedureCatalogue catalogue) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalogue.Procedures.Count > 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(OperationsTexts.CatalogueEmpty));
}
