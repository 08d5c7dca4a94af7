using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure.Startup;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Ingests the seeds before the site serves, when the database is missing, older than the seeds, corrupt or from a
/// newer version. When ingestion fails (a bad seed, an empty seeds folder) and a usable database exists, the site
/// serves that one and logs why; with nothing usable to serve, the error stops the start.
/// </summary>
public static class StartupIngestion
{
    /// <summary>Ingests if needed; returns true when it ingested.</summary>
    public static bool EnsureCurrent(EditionsOptions options, ILoggerFactory loggerFactory, Readiness? readiness = null)
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
            current = JapanUsRelations.Lineage.CorpusIngestion.Fingerprint(options.SeedsPath);
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
            int total = IngestionPipeline.SeedPaths(options.SeedsPath).Count;
            readiness?.Ingesting(total);
            JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(loggerFactory).Run(options.SeedsPath, options.DatabasePath, new ProgressLog(logger, total, readiness));
            return true;
        }
        catch (IngestionException e) when (state.Condition == DatabaseCondition.Usable)
        {
            logger.LogError("Ingestion failed, serving the existing database {DatabasePath} unchanged: {Problem}", options.DatabasePath, e.Message);
            return false;
        }
    }

    /// <summary>
    /// Starts the site's start-up ingestion on a background thread: until it ends, <c>/healthz</c> says "ingesting"
    /// and pages answer 503. If it fails, an earlier database (untouched) is served; with none, the site stays
    /// unavailable and says "ingestion failed". With <c>Editions:IngestOnStart=false</c> the site serves the database as it is.
    /// </summary>
    public static Task StartInBackground(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<EditionsOptions>();
        var loggerFactory = app.Services.GetRequiredService<ILoggerFactory>();
        var readiness = app.Services.GetRequiredService<Readiness>();
        if (!options.IngestOnStart)
        {
            readiness.Ready();
            return Task.CompletedTask;
        }

        readiness.Ingesting(0);
        return Task.Run(() =>
        {
            try
            {
                EnsureCurrent(options, loggerFactory, readiness);
                readiness.Ready();
            }
            catch (Exception e) when (e is SeedFormatException or IOException or System.Data.Common.DbException)
            {
                loggerFactory.CreateLogger(typeof(StartupIngestion)).LogError(e, "Start-up ingestion failed; the database was left untouched");
                if (Database.StoredFingerprint(options.DatabasePath) is not null)
                {
                    readiness.Ready();
                }
                else
                {
                    readiness.Failed();
                }
            }
        });
    }
}
