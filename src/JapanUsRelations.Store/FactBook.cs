using Dapper;
using JapanUsRelations.Ingestion.Model;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// The facts of the served editions with the fact-kind catalogue of table <c>fact_kind</c>. Which kinds some edition
/// states, and how many quantities no kind matched, are indexed queries; the facts themselves are read with their
/// edition's content (<see cref="Edition.Facts"/>), so a page asks for the facts of the editions it shows.
/// </summary>
public sealed class FactBook
{
    /// <summary>The catalogue, in catalogue order: a fixed list from the build's rules (tens of rows), read whole.</summary>
    [StoreQuery]
    internal const string CatalogueSql = "SELECT kind, label, topic, value_type, unit, recognised FROM fact_kind ORDER BY ordinal";

    [StoreQuery]
    internal const string StatesKindSql = "SELECT EXISTS (SELECT 1 FROM fact WHERE kind = @kind)";

    [StoreQuery]
    internal const string UnclassifiedCountSql = "SELECT count(*) FROM fact WHERE kind IS NULL";

    private readonly EditionCatalog _editions;
    private readonly IReadOnlyList<FactKindInfo> _catalogue;

    /// <summary>Lines the editions' facts up with the catalogue and the kinds stated.</summary>
    public FactBook(EditionCatalog editions, IReadOnlyList<FactKindInfo> catalogue, IReadOnlySet<string> statedKinds, int unclassifiedCount)
    {
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(statedKinds);
        _editions = editions;
        _catalogue = catalogue;
        Kinds = catalogue.Where(k => statedKinds.Contains(k.Kind)).ToList();
        UnclassifiedCount = unclassifiedCount;
    }

    /// <summary>Every kind some edition states, in catalogue order.</summary>
    public IReadOnlyList<FactKindInfo> Kinds { get; }

    /// <summary>How many quantities no kind matched, in every edition.</summary>
    public int UnclassifiedCount { get; }

    /// <summary>Every stored fact, edition by edition in list order (each edition's content read in turn): for downloads.</summary>
    public IEnumerable<StoredFact> All => _editions.Listed.SelectMany(Stored);

    /// <summary>The quantities no kind matched in these editions, in edition and reading order.</summary>
    public IReadOnlyList<StoredFact> Unclassified(IEnumerable<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        return editions.SelectMany(Stored).Where(f => f.Fact.Kind is null).ToList();
    }

    /// <summary>The stated kind with this id, or null.</summary>
    public FactKindInfo? Find(string kind) => Kinds.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.Ordinal));

    /// <summary>The label of a catalogue kind, or the id itself when the catalogue does not know it.</summary>
    public string LabelOf(string kind) => _catalogue.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.Ordinal))?.Label ?? kind;

    /// <summary>The facts of one kind in these editions, in edition and reading order.</summary>
    public IReadOnlyList<StoredFact> OfKind(string kind, IEnumerable<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        return editions.SelectMany(e => Stored(e, f => f.Kind == kind)).ToList();
    }

    /// <summary>Every fact of these editions, in edition and reading order.</summary>
    public IReadOnlyList<StoredFact> In(IEnumerable<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        return editions.SelectMany(Stored).ToList();
    }

    /// <summary>The facts stated in one block.</summary>
    public IReadOnlyList<StoredFact> ForBlock(string editionId, string anchor) =>
        _editions.Find(editionId) is { } edition ? Stored(edition, f => f.BlockAnchor == anchor).ToList() : [];

    /// <summary>The classified facts of one edition on one topic.</summary>
    public IReadOnlyList<StoredFact> ForTopic(string topic, string editionId)
    {
        var kinds = Kinds.Where(k => k.Topic == topic).Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        return _editions.Find(editionId) is { } edition ? Stored(edition, f => f.Kind is { } k && kinds.Contains(k)).ToList() : [];
    }

    /// <summary>Reads the catalogue of table <c>fact_kind</c>, in catalogue order (empty before migration 003).</summary>
    internal static IReadOnlyList<FactKindInfo> LoadCatalogue(SqliteConnection connection, DatabaseSchema schema) =>
        !schema.Has("fact_kind")
            ? []
            : connection.Query<(string Kind, string Label, string Topic, string ValueType, string? Unit, string Recognised)>(CatalogueSql)
                .Select(k => new FactKindInfo(k.Kind, k.Label, k.Topic, FactValueTypes.Parse(k.ValueType), k.Unit, k.Recognised))
                .ToList();

    /// <summary>The catalogue's kinds some edition states: one indexed look-up per kind (index <c>ix_fact_kind</c>).</summary>
    internal static IReadOnlySet<string> LoadStatedKinds(SqliteConnection connection, DatabaseSchema schema, IReadOnlyList<FactKindInfo> catalogue) =>
        !schema.Has("fact")
            ? new HashSet<string>()
            : catalogue.Where(k => connection.ExecuteScalar<long>(StatesKindSql, new { kind = k.Kind }) != 0).Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);

    /// <summary>How many quantities no kind matched (index <c>ix_fact_kind</c>).</summary>
    internal static int LoadUnclassifiedCount(SqliteConnection connection, DatabaseSchema schema) =>
        schema.Has("fact") ? (int)connection.ExecuteScalar<long>(UnclassifiedCountSql) : 0;

    private IEnumerable<StoredFact> Stored(Edition edition) => Stored(edition, static _ => true);

    private IEnumerable<StoredFact> Stored(Edition edition, Func<Fact, bool> which)
    {
        var blocks = _editions.ContentOf(edition).Blocks;
        return edition.Facts.Where(f => which(f) && blocks.ContainsKey(f.BlockAnchor)).Select(f => new StoredFact(edition, blocks[f.BlockAnchor].Section, f));
    }
}
