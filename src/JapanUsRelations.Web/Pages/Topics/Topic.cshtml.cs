using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>One topic through time: each report edition's passages, oldest first; reference sources apart.</summary>
public sealed class TopicModel(TopicCatalog topics) : PageModel
{
    /// <summary>The topic through time.</summary>
    public TopicTimeline? Timeline { get; private set; }

    /// <summary>Shows the topic or answers a helpful 404.</summary>
    public IActionResult OnGet(string slug)
    {
        var topic = topics.Find(slug);
        if (topic is null)
        {
            return TopicNotFound.Page(this, topics, slug);
        }

        Timeline = topics.Timeline(topic);
        return Page();
    }
}
