using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>Redirects to the newest report edition's strongest passage on the topic (its permalink).</summary>
public sealed class LatestModel(TopicCatalog topics) : PageModel
{
    /// <summary>Redirects, or answers a helpful 404 for an unknown topic.</summary>
    public IActionResult OnGet(string slug)
    {
        var topic = topics.Find(slug);
        if (topic is null)
        {
            return TopicNotFound.Page(this, topics, slug);
        }

        var latest = topics.Timeline(topic).Latest;
        return Redirect(latest?.Url ?? Infrastructure.Urls.Topic(topic.Slug));
    }
}
