using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>All topics with the coverage matrix: topic × edition, in words.</summary>
public sealed class IndexModel(TopicsHandler handler) : AnswerPage<TopicIndex>
{
    /// <summary>Renders the matrix.</summary>
    public IActionResult OnGet() => Render(handler.Index(PageRequest.From(Request, TopicIndex.DefaultPageSize)));
}
