using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure.Serving;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Support;

/// <summary>The snapshot a running site serves now (ReadStore is per request in the app; tests read the current one).</summary>
public static class ServedSnapshot
{
    /// <summary>The site's current snapshot.</summary>
    public static ReadStore Snapshot(this IServiceProvider services) =>
        services.GetRequiredService<ServedStore>().Current ?? throw new InvalidOperationException("the site serves no database");
}
