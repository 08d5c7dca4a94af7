using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Lineage;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>The real seeds ingested once with the product's whole ingestion (lineage included), read back through the store.</summary>
public sealed class SeedLineage : IDisposable
{
    private readonly TempSeeds _seeds = new();

    /// <summary>Ingests the seeds.</summary>
    public SeedLineage()
    {
        CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(_seeds.SeedsPath, _seeds.DatabasePath);
        Store = new ReadStore(_seeds.DatabasePath, NullLogger<ReadStore>.Instance);
    }

    /// <summary>The store over the database.</summary>
    public ReadStore Store { get; }

    /// <summary>The database file.</summary>
    public string DatabasePath => _seeds.DatabasePath;

    /// <summary>The anchor of the first block of a section.</summary>
    public string FirstAnchor(string editionId, string slug) =>
        Store.Editions.Find(editionId)!.AllSections().Single(s => s.Slug == slug).Blocks[0].Anchor;

    /// <inheritdoc />
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _seeds.Dispose();
    }
}
