using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>The helpful 404 of the topic pages: the slug asked for, and every topic that exists.</summary>
public static class TopicNotFound
{
    /// <summary>An unknown topic slug.</summary>
    public static IActionResult Page(PageModel page, TopicCatalog topics, string slug)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(topics);
        var model = new NotFoundModel($"topic “{slug}”", "Topics that exist", topics.Topics.Select(t => (t.Name, Urls.Topic(t.Slug))).ToList());
        return NotFoundPage.Render(page, model);
    }
}
