using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>What one edition says on a topic, and the way to see what changed since the edition before it.</summary>
/// <param name="Edition">The edition (or reference source).</param>
/// <param name="Passages">Its passages on the topic, in reading order; empty when it says nothing on it.</param>
/// <param name="Previous">The report edition before it on the timeline; null for the first and for references.</param>
/// <param name="WhatChangedUrl">The comparison with <paramref name="Previous"/>, at this edition's strongest passage's section.</param>
public sealed record TopicEditionEntry(Edition Edition, IReadOnlyList<TopicPassage> Passages, Edition? Previous, string? WhatChangedUrl)
{
    /// <summary>
    /// How much the edition says on the topic, in words: each passage's words shared among its topics in proportion to
    /// their scores, so an overview paragraph touching eight topics does not count whole under each of them.
    /// </summary>
    public int Words { get; } = (int)Math.Round(Passages.Sum(p => p.TopicWords), MidpointRounding.AwayFromZero);
}
