using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>One topic through time: each report edition's passages, oldest first; reference sources apart.</summary>
public sealed class TopicModel(TopicsHandler handler) : AnswerPage<TopicPage>
{
    /// <summary>Renders the handler's answer.</summary>
    public IActionResult OnGet(string slug) => Render(handler.Topic(slug, PageRequest.From(Request, TopicPage.DefaultPageSize)));
}
