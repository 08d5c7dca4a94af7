using Dapper;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>
/// The facts of the served database (tables of migration <c>003_facts.sql</c>), read once and lined up by kind across
/// the report editions of <see cref="EditionCatalog"/>. Other pages ask it for a block's or a topic's facts.
/// </summary>
public sealed class FactCatalog
{
    /// <summary>The pseudo-kind under which quantities the catalogue does not know are listed.</summary>
    public const string Unclassified = "unclassified";

    private readonly EditionCatalog _editions;
    private readonly Lazy<(IReadOnlyList<FactKindInfo> Kinds, IReadOnlyList<StoredFact> Facts)> _data;

    /// <summary>Reads from the configured database.</summary>
    public FactCatalog(EditionsOptions options, EditionCatalog editions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(editions);
        _editions = editions;
        _data = new(() => Load(options.DatabasePath));
    }

    /// <summary>Every kind some edition states, in catalogue order.</summary>
    public IReadOnlyList<FactKindInfo> Kinds => _data.Value.Kinds.Where(k => _data.Value.Facts.Any(f => f.Fact.Kind == k.Kind)).ToList();

    /// <summary>Every stored fact, in edition and reading order.</summary>
    public IReadOnlyList<StoredFact> All => _data.Value.Facts;

    /// <summary>The kind with this id, or null.</summary>
    public FactKindInfo? Find(string kind) => Kinds.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.Ordinal));

    /// <summary>Every stated kind through time.</summary>
    public IReadOnlyList<FactRow> Rows() => Kinds.Select(Row).ToList();

    /// <summary>One kind through every report edition, with the change from each edition to the next.</summary>
    public FactRow Row(FactKindInfo kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var facts = All.Where(f => f.Fact.Kind == kind.Kind).ToList();
        var cells = new List<FactCell>();
        foreach (var edition in _editions.Reports)
        {
            var own = facts.Where(f => f.Edition.Id == edition.Id).ToList();
            var previous = cells.Count == 0 ? null : cells[^1];
            cells.Add(new FactCell(edition, own, previous is null ? FactChange.None : ChangeOf(previous.Main, own.FirstOrDefault(f => !f.IsFormer) ?? own.FirstOrDefault(), SameReport(previous.Edition, edition))));
        }

        return new FactRow(kind, cells, facts.Where(f => f.Edition.Kind == EditionKind.Reference).ToList());
    }

    /// <summary>Quantities no kind matched, per report edition then references.</summary>
    public IReadOnlyList<StoredFact> UnclassifiedFacts() => All.Where(f => f.Fact.Kind is null).ToList();

    /// <summary>The facts stated in one block (for marking them on a section page).</summary>
    public IReadOnlyList<StoredFact> ForBlock(string editionId, string anchor) =>
        All.Where(f => f.Edition.Id == editionId && f.Fact.BlockAnchor == anchor).ToList();

    /// <summary>The classified facts of one edition on one topic (for topic pages).</summary>
    public IReadOnlyList<StoredFact> ForTopic(string topic, string editionId)
    {
        var kinds = Kinds.Where(k => k.Topic == topic).Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        return All.Where(f => f.Edition.Id == editionId && f.Fact.Kind is { } k && kinds.Contains(k)).ToList();
    }

    /// <summary>
    /// How <paramref name="current"/> compares with <paramref name="previous"/>. For a rank, up means a higher place
    /// (sixth → fourth); the same number with another qualifier ("around" → "over") is a change.
    /// </summary>
    /// <param name="previous">The fact in the edition before, or null.</param>
    /// <param name="current">The fact in this edition, or null.</param>
    /// <param name="sameReport">
    /// True when both editions are editions of one report (same publisher, series and number): only then is a fact
    /// the earlier one stated and this one does not "dropped"; otherwise this edition simply does not mention it.
    /// </param>
    public static FactChange ChangeOf(StoredFact? previous, StoredFact? current, bool sameReport = true) => (previous?.Fact, current?.Fact) switch
    {
        (null, null) => FactChange.None,
        (null, _) => FactChange.New,
        (_, null) => sameReport ? FactChange.Dropped : FactChange.NotMentioned,
        ({ Number: { } a } p, { Number: { } b } c) when p.Value != c.Value || a != b || p.Qualifier != c.Qualifier =>
            (c.Unit == "rank" ? a - b : b - a) switch { > 0 => FactChange.Up, < 0 => FactChange.Down, _ => FactChange.Changed },
        (var p, var c) => SameValue(p.Value, c.Value) ? FactChange.Same : FactChange.Changed,
    };

    /// <summary>True when two editions are editions of one report: same publisher, series and report number.</summary>
    public static bool SameReport(Edition a, Edition b) =>
        string.Equals(a.Publisher, b.Publisher, StringComparison.Ordinal) && string.Equals(a.Series, b.Series, StringComparison.Ordinal) &&
        string.Equals(a.ReportNumber, b.ReportNumber, StringComparison.Ordinal);

    private static bool SameValue(string a, string b) =>
        a == b || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal);

    private (IReadOnlyList<FactKindInfo>, IReadOnlyList<StoredFact>) Load(string databasePath)
    {
        using var connection = Database.Open(databasePath);
        var kinds = connection.Query<FactKindInfo>(
            "SELECT kind AS Kind, label AS Label, topic AS Topic, value_type AS ValueType, unit AS Unit, recognised AS Recognised FROM fact_kind ORDER BY ordinal")
            .ToList();
        var rows = connection.Query<FactRecord>(
            """
            SELECT e.slug AS Edition, b.anchor AS Anchor, f.kind AS Kind, f.text AS Text, f.quote AS Quote, f.offset_in_block AS Offset,
                   f.number AS Number, f.value AS Value, f.unit AS Unit, f.qualifier AS Qualifier, f.data_year AS DataYear,
                   f.row_label AS RowLabel, f.column_label AS ColumnLabel
            FROM fact f JOIN block b ON b.id = f.block_id JOIN edition e ON e.id = f.edition_id
            ORDER BY e.slug, f.ordinal
            """);
        var blocks = _editions.All.ToDictionary(
            e => e.Id, e => e.AllBlocks().ToDictionary(b => b.Block.Anchor, b => b.Section, StringComparer.Ordinal), StringComparer.Ordinal);
        var facts = rows
            .Where(r => blocks.TryGetValue(r.Edition, out var anchors) && anchors.ContainsKey(r.Anchor))
            .Select(r => new StoredFact(_editions.Find(r.Edition)!, blocks[r.Edition][r.Anchor], r.ToFact()))
            .ToList();
        return (kinds, facts);
    }

    private sealed record FactRecord(
        string Edition, string Anchor, string? Kind, string Text, string Quote, long Offset, double? Number, string Value, string? Unit,
        string? Qualifier, long? DataYear, string? RowLabel, string? ColumnLabel)
    {
        public Fact ToFact() => new()
        {
            Kind = Kind, BlockAnchor = Anchor, Text = Text, Quote = Quote, Offset = (int)Offset,
            Number = Number is { } n ? (decimal)n : null, Value = Value, Unit = Unit, Qualifier = Qualifier,
            DataYear = DataYear is { } y ? (int)y : null, RowLabel = RowLabel, ColumnLabel = ColumnLabel,
        };
    }
}
