using JapanUsRelations.Ingestion;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Lineage;

/// <summary>
/// The product's whole ingestion, composed: <see cref="IngestionPipeline.CreateDefault"/> (parse, enrich, write)
/// plus the stages Ingestion cannot know because they need the comparison engine (<see cref="LineageWriter"/>).
/// The web app's start-up ingestion, the <c>ingest</c> command and the tests' ingestion helpers use this, so every
/// database they build has lineage and stored comparisons.
/// </summary>
public static class CorpusIngestion
{
    /// <summary>The standard pipeline with the lineage stage.</summary>
    public static IngestionPipeline CreateDefault(ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return IngestionPipeline.CreateDefault(loggerFactory).With(new LineageWriter(loggerFactory.CreateLogger<LineageWriter>()));
    }

    /// <summary>The fingerprint a database built by <see cref="CreateDefault"/> from <paramref name="seedsDirectory"/> records.</summary>
    public static string Fingerprint(string seedsDirectory) => CreateDefault(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).Fingerprint(seedsDirectory);
}
