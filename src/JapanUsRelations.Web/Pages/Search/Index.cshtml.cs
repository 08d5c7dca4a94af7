using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Topics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The search page: results grouped by edition, highlighted snippets, edition and publisher filters.</summary>
public sealed class IndexModel(SearchService search, EditionCatalog catalog, TopicCatalog topics) : PageModel
{
    /// <summary>The results (empty before a query).</summary>
    public SearchResults? Results { get; private set; }

    /// <summary>Editions offered as filters.</summary>
    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    /// <summary>Publishers offered as a filter.</summary>
    public IReadOnlyList<string> Publishers { get; private set; } = [];

    /// <summary>Topics offered as a filter, as (slug, name).</summary>
    public IReadOnlyList<(string Slug, string Name)> Topics { get; private set; } = [];

    /// <summary>Runs the search from <c>?q=</c>, <c>&amp;edition=</c> (repeatable), <c>&amp;publisher=</c> and <c>&amp;topic=</c>.</summary>
    public void OnGet([FromQuery] string? q, [FromQuery] string[]? edition, [FromQuery] string? publisher, [FromQuery] string? topic)
    {
        Results = search.Search(new SearchRequest(q ?? "", (edition ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).ToList(), NullIfBlank(publisher), NullIfBlank(topic)));
        Topics = topics.Topics.Select(t => (t.Slug, t.Name)).ToList();
        Editions = catalog.Reports.Concat(catalog.References).ToList();
        Publishers = catalog.All.Select(e => e.Publisher).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
