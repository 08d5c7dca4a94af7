using JapanUsRelations.Web.Infrastructure;

// Run: `dotnet run --project src/JapanUsRelations.Web` ingests when needed and serves on http://localhost:5000.
// Ingest only: `dotnet run --project src/JapanUsRelations.Web -- ingest`.
var app = EditionsApp.Build(args);
if (args.Contains("ingest", StringComparer.Ordinal))
{
    return EditionsApp.Ingest(app);
}

// Serve at once: /healthz says "ingesting" (pages 503) until the database is current.
var ingestion = StartupIngestion.StartInBackground(app);
var warmUp = JapanUsRelations.Web.Infrastructure.Startup.StoreWarmUp.After(ingestion, app.Services);
await app.RunAsync().ConfigureAwait(false);
await ingestion.ConfigureAwait(false);
await warmUp.ConfigureAwait(false);
return 0;

/// <summary>Entry point, public so tests can find the assembly.</summary>
public partial class Program;
