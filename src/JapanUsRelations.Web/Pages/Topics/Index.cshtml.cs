using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>All topics with the coverage matrix: topic × edition, in words.</summary>
public sealed class IndexModel(TopicCatalog topics, EditionCatalog editions) : PageModel
{
    /// <summary>One timeline per topic, in taxonomy order.</summary>
    public IReadOnlyList<TopicTimeline> Rows { get; private set; } = [];

    /// <summary>Report editions, oldest first: the matrix's columns.</summary>
    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    /// <summary>Reference sources: the matrix's separate columns.</summary>
    public IReadOnlyList<Edition> References { get; private set; } = [];

    /// <summary>The most words any edition gives any topic (for shading).</summary>
    public int MaxWords { get; private set; }

    /// <summary>Builds the matrix.</summary>
    public void OnGet()
    {
        Rows = topics.Topics.Select(topics.Timeline).ToList();
        Editions = editions.Reports;
        References = editions.References;
        MaxWords = Rows.SelectMany(r => r.Editions.Concat(r.References)).Select(e => e.Words).DefaultIfEmpty(0).Max();
    }

    /// <summary>Shade level 0–4 of a cell, by its share of <see cref="MaxWords"/>.</summary>
    public int Level(int words) => words == 0 || MaxWords == 0 ? 0 : 1 + Math.Min(3, words * 4 / (MaxWords + 1));
}
