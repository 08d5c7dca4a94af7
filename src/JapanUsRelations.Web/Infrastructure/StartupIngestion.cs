using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Storage;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Ingests the seeds before the site serves, when the database is missing, older than the seeds, corrupt or from a
/// newer version. When ingestion fails (a bad seed, an empty seeds folder) and a usable database exists, the site
/// serves that one and logs why; with nothing usable to serve, the error stops the start.
/// </summary>
public static class StartupIngestion
{
    /// <summary>Ingests if needed; returns true when it ingested.</summary>
    public static bool EnsureCurrent(EditionsOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var logger = loggerFactory.CreateLogger(typeof(StartupIngestion));
        var state = DatabaseState.Inspect(options.DatabasePath);
        if (state.Condition == DatabaseCondition.Folder)
        {
            throw new DatabaseFileException(options.DatabasePath, "is a folder, not a database file: remove it or point Editions:DatabasePath at a file");
        }

        string current;
        try
        {
            current = SeedFingerprint.Compute(options.SeedsPath);
        }
        catch (IngestionException e) when (state.Condition == DatabaseCondition.Usable)
        {
            logger.LogError("Seeds cannot be read, serving the existing database {DatabasePath}: {Problem}", options.DatabasePath, e.Message);
            return false;
        }

        if (state.Condition == DatabaseCondition.Usable && string.Equals(current, state.Fingerprint, StringComparison.Ordinal))
        {
            logger.LogInformation("Database {DatabasePath} is current with the seeds; no ingestion needed", options.DatabasePath);
            return false;
        }

        if (state.Condition is DatabaseCondition.Corrupt or DatabaseCondition.NewerSchema)
        {
            logger.LogWarning("Database {DatabasePath} is refused: {Problem}; rebuilding it from the seeds", options.DatabasePath, state.Detail);
        }
        else
        {
            logger.LogInformation("Database {DatabasePath} is {State}: ingesting the seeds", options.DatabasePath, state.Condition == DatabaseCondition.Missing ? "missing" : "older than the seeds");
        }

        try
        {
            IngestionPipeline.CreateDefault(loggerFactory).Run(options.SeedsPath, options.DatabasePath);
            return true;
        }
        catch (IngestionException e) when (state.Condition == DatabaseCondition.Usable)
        {
            logger.LogError("Ingestion failed, serving the existing database {DatabasePath} unchanged: {Problem}", options.DatabasePath, e.Message);
            return false;
        }
    }
}
