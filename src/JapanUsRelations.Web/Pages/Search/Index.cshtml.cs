using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The search page: results grouped by edition in a stated order, history notes, scope, filters and pages.</summary>
public sealed class IndexModel(SearchHandler handler) : AnswerPage<SearchPage>
{
    /// <summary>
    /// Runs the search from <c>?q=</c>, <c>&amp;edition=</c> (repeatable), <c>&amp;publisher=</c>, <c>&amp;topic=</c>,
    /// <c>&amp;scope=all|latest</c>, <c>&amp;order=newest|relevance</c> and <c>&amp;page=</c>.
    /// </summary>
    public IActionResult OnGet([FromQuery] string? q, [FromQuery] string[]? edition, [FromQuery] string? publisher, [FromQuery] string? topic, [FromQuery] string? scope, [FromQuery] string? order) =>
        Render(handler.Search(q, edition, publisher, topic, scope, order, PageRequest.From(Request, SearchService.PageSize)));
}
