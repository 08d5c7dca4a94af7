using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Infrastructure.Serving;

/// <summary>Registers the served-database holder and the per-request snapshot (one line in <see cref="EditionsApp"/>).</summary>
public static class ServedStoreServices
{
    /// <summary>
    /// <see cref="ServedStore"/> as a singleton; <see cref="SnapshotLease"/>, <see cref="ReadStore"/> and
    /// <see cref="EditionCatalog"/> scoped: resolved once per request, from the snapshot pinned when it started.
    /// </summary>
    public static IServiceCollection AddServedStore(this IServiceCollection services)
    {
        return services
            .AddSingleton<ServedStore>()
            .AddScoped(sp => sp.GetRequiredService<ServedStore>().Acquire())
            .AddScoped(sp => sp.GetRequiredService<SnapshotLease>().Required)
            .AddScoped(sp => sp.GetRequiredService<ReadStore>().Editions);
    }
}
