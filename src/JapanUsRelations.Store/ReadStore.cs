using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Store;

/// <summary>
/// The read side of the served database, in one place: every edition with its facts, topics and section aliases,
/// the fact catalogue and the topic taxonomy, loaded once on first use (the database changes only by re-ingestion,
/// which happens before serving), and the full-text index queried per search.
/// </summary>
public sealed class ReadStore
{
    private readonly Lazy<EditionCatalog> _editions;
    private readonly Lazy<FactBook> _facts;
    private readonly Lazy<TopicBook> _topics;
    private readonly Lazy<SlugAliases> _aliases;
    private readonly Lazy<EditionAliases> _editionAliases;

    /// <summary>A store over a database file (read when first asked).</summary>
    public ReadStore(string databasePath, ILogger<ReadStore> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(logger);
        _editions = new(() => new EditionCatalog(EditionReader.LoadAll(databasePath)));
        _facts = new(() => new FactBook(Editions, FactBook.LoadCatalogue(databasePath)));
        _topics = new(() => new TopicBook(Editions, TopicBook.LoadTaxonomy(databasePath), TopicBook.LoadThreshold(databasePath)));
        _aliases = new(() => SlugAliases.Load(databasePath));
        _editionAliases = new(() => EditionAliases.Load(databasePath));
        Search = new SearchIndex(databasePath, logger);
        Lineage = new LineageBook(databasePath);
    }

    /// <summary>Every edition, with its facts and topics; the timeline.</summary>
    public EditionCatalog Editions => _editions.Value;

    /// <summary>The facts, by kind, block and topic.</summary>
    public FactBook Facts => _facts.Value;

    /// <summary>The topics and their passages.</summary>
    public TopicBook Topics => _topics.Value;

    /// <summary>Renamed sections' old slugs.</summary>
    public SlugAliases Aliases => _aliases.Value;

    /// <summary>Old edition ids that now redirect.</summary>
    public EditionAliases EditionAliases => _editionAliases.Value;

    /// <summary>The full-text index.</summary>
    public SearchIndex Search { get; }

    /// <summary>The lineage of passages and sections across editions, and the comparisons stored at ingestion.</summary>
    public LineageBook Lineage { get; }
}
