using System.Collections;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>All topics with the coverage matrix (<c>/topics</c>); its twin is the array of the topics' summaries.</summary>
/// <param name="Rows">One timeline per topic, in taxonomy order.</param>
/// <param name="Editions">Report editions, oldest first: the matrix's columns.</param>
/// <param name="References">Reference sources: the matrix's separate columns.</param>
public sealed record TopicIndex(IReadOnlyList<TopicTimeline> Rows, IReadOnlyList<Edition> Editions, IReadOnlyList<Edition> References) : IEnumerable<TopicSummary>
{
    /// <summary>The most words any edition gives any topic (for shading).</summary>
    public int MaxWords { get; } = Rows.SelectMany(r => r.Editions.Concat(r.References)).Select(e => e.Words).DefaultIfEmpty(0).Max();

    /// <summary>Shade level 0–4 of a cell, by its share of <see cref="MaxWords"/>.</summary>
    public int Level(int words) => words == 0 || MaxWords == 0 ? 0 : 1 + Math.Min(3, words * 4 / (MaxWords + 1));

    /// <inheritdoc />
    public IEnumerator<TopicSummary> GetEnumerator() => Rows.Select(r => new TopicSummary(r)).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
