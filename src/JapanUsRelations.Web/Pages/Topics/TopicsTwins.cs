using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>The JSON twins of the topic pages: each serialises its page's handler answer.</summary>
public static class TopicsTwins
{
    /// <summary>Maps <c>/api/topics</c>, <c>/api/topics/{slug}</c> and <c>/api/topics/{slug}/latest</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/topics", (TopicsHandler h) => Twin.Of<TopicIndex>(h.Index()));
        app.MapGet("/api/topics/{slug}", (string slug, TopicsHandler h) => Twin.Of(h.Topic(slug)));
        app.MapGet("/api/topics/{slug}/latest", (string slug, TopicsHandler h) => Twin.Of(h.Latest(slug)));
    }
}
