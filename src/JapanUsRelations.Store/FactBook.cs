using Dapper;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// The facts of the served editions (<see cref="Edition.Facts"/>, read by <see cref="EditionReader"/>) with the
/// fact-kind catalogue of table <c>fact_kind</c>: by kind, by block, by topic.
/// </summary>
public sealed class FactBook
{
    private readonly IReadOnlyList<FactKindInfo> _catalogue;
    private readonly ILookup<(string EditionId, string Anchor), StoredFact> _byBlock;

    /// <summary>Lines the editions' facts up with the catalogue.</summary>
    public FactBook(EditionCatalog editions, IReadOnlyList<FactKindInfo> catalogue)
    {
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(catalogue);
        _catalogue = catalogue;
        All = editions.All.SelectMany(Stored).ToList();
        var stated = All.Select(f => f.Fact.Kind).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Kinds = catalogue.Where(k => stated.Contains(k.Kind)).ToList();
        _byBlock = All.ToLookup(f => (f.Edition.Id, f.Fact.BlockAnchor));
    }

    /// <summary>Every kind some edition states, in catalogue order.</summary>
    public IReadOnlyList<FactKindInfo> Kinds { get; }

    /// <summary>Every stored fact, in edition and reading order.</summary>
    public IReadOnlyList<StoredFact> All { get; }

    /// <summary>Quantities no kind matched, in edition and reading order.</summary>
    public IReadOnlyList<StoredFact> Unclassified => All.Where(f => f.Fact.Kind is null).ToList();

    /// <summary>The stated kind with this id, or null.</summary>
    public FactKindInfo? Find(string kind) => Kinds.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.Ordinal));

    /// <summary>The label of a catalogue kind, or the id itself when the catalogue does not know it.</summary>
    public string LabelOf(string kind) => _catalogue.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.Ordinal))?.Label ?? kind;

    /// <summary>The facts of one kind, in edition and reading order.</summary>
    public IReadOnlyList<StoredFact> OfKind(string kind) => All.Where(f => f.Fact.Kind == kind).ToList();

    /// <summary>The facts stated in one block.</summary>
    public IReadOnlyList<StoredFact> ForBlock(string editionId, string anchor) => _byBlock[(editionId, anchor)].ToList();

    /// <summary>The classified facts of one edition on one topic.</summary>
    public IReadOnlyList<StoredFact> ForTopic(string topic, string editionId)
    {
        var kinds = Kinds.Where(k => k.Topic == topic).Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        return All.Where(f => f.Edition.Id == editionId && f.Fact.Kind is { } k && kinds.Contains(k)).ToList();
    }

    /// <summary>Reads the catalogue of table <c>fact_kind</c>, in catalogue order (empty before migration 003).</summary>
    public static IReadOnlyList<FactKindInfo> LoadCatalogue(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        return LoadCatalogue(connection);
    }

    /// <summary>Reads the catalogue through an open connection (a served snapshot's).</summary>
    public static IReadOnlyList<FactKindInfo> LoadCatalogue(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!EditionReader.HasTable(connection, "fact_kind"))
        {
            return [];
        }

        return connection.Query<(string Kind, string Label, string Topic, string ValueType, string? Unit, string Recognised)>(
                "SELECT kind, label, topic, value_type, unit, recognised FROM fact_kind ORDER BY ordinal")
            .Select(k => new FactKindInfo(k.Kind, k.Label, k.Topic, FactValueTypes.Parse(k.ValueType), k.Unit, k.Recognised))
            .ToList();
    }

    private static IEnumerable<StoredFact> Stored(Edition edition)
    {
        var sections = edition.AllBlocks().ToDictionary(b => b.Block.Anchor, b => b.Section, StringComparer.Ordinal);
        return edition.Facts.Where(f => sections.ContainsKey(f.BlockAnchor)).Select(f => new StoredFact(edition, sections[f.BlockAnchor], f));
    }
}
