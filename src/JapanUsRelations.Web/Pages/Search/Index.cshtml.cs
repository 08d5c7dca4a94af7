using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The search page: results grouped by edition, highlighted snippets, edition, publisher and topic filters.</summary>
public sealed class IndexModel(SearchHandler handler) : AnswerPage<SearchPage>
{
    /// <summary>Runs the search from <c>?q=</c>, <c>&amp;edition=</c> (repeatable), <c>&amp;publisher=</c> and <c>&amp;topic=</c>.</summary>
    public IActionResult OnGet([FromQuery] string? q, [FromQuery] string[]? edition, [FromQuery] string? publisher, [FromQuery] string? topic) =>
        Render(handler.Search(q, edition, publisher, topic));
}
