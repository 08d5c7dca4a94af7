using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Store;

/// <summary>
/// The read side of the served database, in one place. On first use it reads the catalog (one row per edition, with
/// its byline), the fact catalogue and the topic taxonomy; each edition's content (sections, blocks, notes, facts,
/// topics) is read by indexed queries when first used and held in a cache bounded by <see cref="ContentCacheCharacters"/>.
/// Aliases are looked up per request by primary key, and the full-text index is queried per search. The database
/// changes only by re-ingestion (a new file), so what is read stays true for the store's lifetime.
/// </summary>
public sealed class ReadStore
{
    /// <summary>The default bound of the content cache: characters of stored text (about 64 MB of strings).</summary>
    public const long DefaultContentCacheCharacters = 32L * 1024 * 1024;

    private readonly Lazy<Loaded> _loaded;
    private readonly Lazy<SlugAliases> _aliases;
    private readonly Lazy<EditionAliases> _editionAliases;
    private readonly EditionContentCache _contents;

    /// <summary>A store over a database file (read when first asked).</summary>
    public ReadStore(string databasePath, ILogger<ReadStore> logger)
        : this(databasePath, logger, DefaultContentCacheCharacters)
    {
    }

    /// <summary>A store over a database file whose edition contents are held up to <paramref name="contentCacheCharacters"/>.</summary>
    public ReadStore(string databasePath, ILogger<ReadStore> logger, long contentCacheCharacters)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contentCacheCharacters);
        ContentCacheCharacters = contentCacheCharacters;
        _contents = new EditionContentCache(id => LoadContent(databasePath, id), contentCacheCharacters);
        _loaded = new(() => Load(databasePath));
        _aliases = new(() => SlugAliases.Load(databasePath));
        _editionAliases = new(() => EditionAliases.Load(databasePath));
        Search = new SearchIndex(databasePath, logger);
    }

    /// <summary>The bound of the edition content cache, in characters of stored text.</summary>
    public long ContentCacheCharacters { get; }

    /// <summary>Editions whose content is held now (for tests and diagnostics).</summary>
    public int ContentsHeld => _contents.Count;

    /// <summary>Every edition (content read on first use); the timeline.</summary>
    public EditionCatalog Editions => _loaded.Value.Editions;

    /// <summary>The facts, by kind, block and topic.</summary>
    public FactBook Facts => _loaded.Value.Facts;

    /// <summary>The topics and their passages.</summary>
    public TopicBook Topics => _loaded.Value.Topics;

    /// <summary>Renamed sections' old slugs.</summary>
    public SlugAliases Aliases => _aliases.Value;

    /// <summary>Old edition ids that now redirect.</summary>
    public EditionAliases EditionAliases => _editionAliases.Value;

    /// <summary>The full-text index.</summary>
    public SearchIndex Search { get; }

    private Loaded Load(string databasePath)
    {
        using var connection = Ingestion.Storage.Database.Open(databasePath);
        var schema = DatabaseSchema.Read(connection);
        _schema = schema;
        var rows = EditionReader.LoadCatalog(connection, _contents.Get);
        var rowIds = rows.ToDictionary(r => r.Edition.Id, r => r.RowId, StringComparer.Ordinal);
        var catalog = new EditionCatalog(rows.Select(r => r.Edition).ToList(), e => _contents.Get(rowIds[e.Id]));
        var kinds = FactBook.LoadCatalogue(connection, schema);
        var facts = new FactBook(catalog, kinds, FactBook.LoadStatedKinds(connection, schema, kinds), FactBook.LoadUnclassifiedCount(connection, schema));
        var topics = new TopicBook(catalog, TopicBook.LoadTaxonomy(connection, schema), TopicBook.LoadThreshold(connection, schema), topic =>
        {
            using var perTopic = Ingestion.Storage.Database.Open(databasePath);
            return TopicBook.LoadEditionsOn(perTopic, schema, topic);
        });
        return new Loaded(catalog, facts, topics);
    }

    private DatabaseSchema? _schema;

    private EditionContent LoadContent(string databasePath, long id)
    {
        using var connection = Ingestion.Storage.Database.Open(databasePath);
        return EditionContentReader.Load(connection, _schema ??= DatabaseSchema.Read(connection), id);
    }

    private sealed record Loaded(EditionCatalog Editions, FactBook Facts, TopicBook Topics);
}
