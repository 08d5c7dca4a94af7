using JapanUsRelations.Ingestion.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Support;

/// <summary>The repository's real seeds, parsed once for all tests.</summary>
public static class Seeds
{
    /// <summary>The repository's <c>seeds/</c> folder, found by walking up from the test binaries.</summary>
    public static string Directory { get; } = RepositoryRoot.Seeds;

    private static readonly Lazy<IReadOnlyList<Edition>> Parsed = new(() => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).ParseSeeds(Directory!));

    /// <summary>Every seed edition, as the default pipeline parses it.</summary>
    public static IReadOnlyList<Edition> All => Parsed.Value;

    /// <summary>One edition by id.</summary>
    public static Edition Edition(string id) => All.Single(e => e.Id == id);
}
