using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>Redirects to the newest report edition's strongest passage on the topic (its permalink).</summary>
public sealed class LatestModel(TopicsHandler handler) : AnswerPage<TopicPage>
{
    /// <summary>Redirects, or answers a helpful 404 for an unknown topic.</summary>
    public IActionResult OnGet(string slug) => Render(handler.Latest(slug));
}
