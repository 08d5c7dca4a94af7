using System.Diagnostics;
using JapanUsRelations.Web.Infrastructure.Serving;

namespace JapanUsRelations.Web.Infrastructure.Startup;

/// <summary>
/// Opens the served snapshot (its catalog, fact catalogue and taxonomy, and the snapshot warmers' work) once the
/// database is current (right after start-up ingestion, or at once when there is none), so the first reader does not
/// wait for them. Editions' contents stay unread until a page needs them.
/// </summary>
public static class StoreWarmUp
{
    /// <summary>Reads the catalog in the background after <paramref name="ingestion"/> ends; failures are logged, never thrown.</summary>
    public static Task After(Task ingestion, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(ingestion);
        ArgumentNullException.ThrowIfNull(services);
        return ingestion.ContinueWith(_ => Run(services), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private static void Run(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreWarmUp));
        if (!services.GetRequiredService<Readiness>().IsReady)
        {
            return;
        }

        try
        {
            var clock = Stopwatch.StartNew();
            if (services.GetRequiredService<ServedStore>().Current is not { } store)
            {
                logger.LogWarning("The store could not be read ahead of the first request: no database is served");
                return;
            }

            int editions = store.Editions.All.Count;
            int kinds = store.Facts.Kinds.Count;
            int topics = store.Topics.Topics.Count;
            logger.LogInformation("Store ready: {Editions} editions, {Kinds} fact kinds, {Topics} topics read in {Elapsed} ms", editions, kinds, topics, clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            logger.LogWarning("The store could not be read ahead of the first request: {Problem}", e.Message);
        }
    }
}
