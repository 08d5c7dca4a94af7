using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Web.Tests.Citations;

/// <summary>The real seeds parsed once (no site), for tests of pure formatting.</summary>
public static class ParsedEditions
{
    private static readonly Lazy<IReadOnlyList<Edition>> All = new(() => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(RepositoryPaths.Seeds));

    /// <summary>Every edition and reference source of the seeds.</summary>
    public static IReadOnlyList<Edition> Every => All.Value;

    /// <summary>One edition by id.</summary>
    public static Edition Get(string id) => All.Value.Single(e => e.Id == id);
}
