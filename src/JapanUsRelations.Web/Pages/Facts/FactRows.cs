using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>Lines one fact kind up through every report edition, with the change from each edition to the next.</summary>
public static class FactRows
{
    /// <summary>The kind through every report edition (each edition's content read): for feeds.</summary>
    public static FactRow Of(ReadStore store, FactKindInfo kind)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Of(store, kind, store.Editions.Reports, null);
    }

    /// <summary>
    /// The kind through a window of report editions (a page of them), the first compared with
    /// <paramref name="before"/>, the report edition before the window (null at the start); the references' facts too.
    /// </summary>
    public static FactRow Of(ReadStore store, FactKindInfo kind, IReadOnlyList<Ingestion.Model.Edition> window, Ingestion.Model.Edition? before)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(window);
        bool rank = kind.ValueType == FactValueType.Rank;
        var cells = new List<FactCell>();
        var previous = before is null ? null : new FactCell(before, store.Facts.OfKind(kind.Kind, [before]), FactChange.None);
        foreach (var edition in window)
        {
            var own = store.Facts.OfKind(kind.Kind, [edition]);
            var main = own.FirstOrDefault(f => !f.IsFormer) ?? own.FirstOrDefault();
            var cell = new FactCell(edition, own, previous is null ? FactChange.None : ChangeOf(previous.Main, main, rank, SameReport(previous.Edition, edition)));
            cells.Add(cell);
            previous = cell;
        }

        return new FactRow(kind, cells, store.Facts.OfKind(kind.Kind, store.Editions.References));
    }

    /// <summary>
    /// How <paramref name="current"/> compares with <paramref name="previous"/>. For a rank, up means a higher place
    /// (sixth → fourth); the same number with another qualifier ("around" → "over") is a change.
    /// </summary>
    /// <param name="previous">The fact in the edition before, or null.</param>
    /// <param name="current">The fact in this edition, or null.</param>
    /// <param name="rank">True for ranks (a smaller number is a higher place).</param>
    /// <param name="sameReport">
    /// True when both editions are editions of one report: only then is a fact the earlier one stated and this one
    /// does not "dropped"; otherwise this edition simply does not mention it.
    /// </param>
    public static FactChange ChangeOf(StoredFact? previous, StoredFact? current, bool rank, bool sameReport = true) => (previous?.Fact, current?.Fact) switch
    {
        (null, null) => FactChange.None,
        (null, _) => FactChange.New,
        (_, null) => sameReport ? FactChange.Dropped : FactChange.NotMentioned,
        ({ Number: { } a } p, { Number: { } b } c) when p.Value != c.Value || a != b || p.Qualifier != c.Qualifier =>
            (rank ? a - b : b - a) switch { > 0 => FactChange.Up, < 0 => FactChange.Down, _ => FactChange.Changed },
        (var p, var c) => SameValue(p.Value, c.Value) ? FactChange.Same : FactChange.Changed,
    };

    /// <summary>True when two editions are editions of one report (the same report key).</summary>
    public static bool SameReport(Ingestion.Model.Edition a, Ingestion.Model.Edition b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(a.ReportKey, b.ReportKey, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameValue(string a, string b) =>
        a == b || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal);
}
