using System.Collections;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The facts table (<c>/facts</c>): every stated kind × the report editions, the figures compared; its twin is the array of kinds.</summary>
/// <param name="Rows">Every kind through time, in catalogue order.</param>
/// <param name="Figures">Each figure's data years side by side.</param>
/// <param name="UnclassifiedCount">How many quantities no kind matched.</param>
/// <param name="TopicNames">Topic names by slug, for the row groups.</param>
public sealed record FactTable(IReadOnlyList<FactRow> Rows, IReadOnlyList<FigureComparison> Figures, int UnclassifiedCount, IReadOnlyDictionary<string, string> TopicNames)
    : IEnumerable<FactKindEntry>
{
    /// <inheritdoc />
    public IEnumerator<FactKindEntry> GetEnumerator() => Rows.Select(r => new FactKindEntry(r)).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
