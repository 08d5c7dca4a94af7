using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The search page: results grouped by edition, highlighted snippets, edition and publisher filters.</summary>
public sealed class IndexModel(SearchService search, EditionCatalog catalog) : PageModel
{
    /// <summary>The results (empty before a query).</summary>
    public SearchResults? Results { get; private set; }

    /// <summary>Editions offered as filters.</summary>
    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    /// <summary>Publishers offered as a filter.</summary>
    public IReadOnlyList<string> Publishers { get; private set; } = [];

    /// <summary>Runs the search from <c>?q=</c>, <c>&amp;edition=</c> (repeatable) and <c>&amp;publisher=</c>.</summary>
    public void OnGet([FromQuery] string? q, [FromQuery] string[]? edition, [FromQuery] string? publisher)
    {
        Results = search.Search(new SearchRequest(q ?? "", edition ?? [], string.IsNullOrWhiteSpace(publisher) ? null : publisher));
        Editions = catalog.Reports.Concat(catalog.References).ToList();
        Publishers = catalog.All.Select(e => e.Publisher).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
