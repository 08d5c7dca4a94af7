using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Storage;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>Ingests the seeds before the site serves, when the database is missing or older than the seeds.</summary>
public static class StartupIngestion
{
    /// <summary>Ingests if needed; returns true when it ingested.</summary>
    public static bool EnsureCurrent(EditionsOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var logger = loggerFactory.CreateLogger(typeof(StartupIngestion));
        string current = SeedFingerprint.Compute(options.SeedsPath);
        string? stored = Database.StoredFingerprint(options.DatabasePath);
        if (string.Equals(current, stored, StringComparison.Ordinal))
        {
            logger.LogInformation("Database {DatabasePath} is current with the seeds; no ingestion needed", options.DatabasePath);
            return false;
        }

        logger.LogInformation("Database {DatabasePath} is {State}: ingesting the seeds", options.DatabasePath, stored is null ? "missing" : "older than the seeds");
        IngestionPipeline.CreateDefault(loggerFactory).Run(options.SeedsPath, options.DatabasePath);
        return true;
    }
}
