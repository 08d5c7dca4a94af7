using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;
using JapanUsRelations.Web.Pages.Facts;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>JSON twins of the topic pages.</summary>
public static class TopicsApi
{
    /// <summary>Maps <c>/api/topics</c> and <c>/api/topics/{slug}</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/topics", (TopicCatalog topics) =>
            Results.Json(topics.Topics.Select(t => TopicJson.Summary(topics.Timeline(t))), EditionsApp.Json));

        app.MapGet("/api/topics/{slug}", (string slug, TopicCatalog topics, FactCatalog facts) =>
        {
            var topic = topics.Find(slug);
            return topic is null
                ? Results.Json(EditionJson.NotFound($"topic '{slug}'", topics.Topics.Select(t => (t.Name, Urls.Api(Urls.Topic(t.Slug))))), EditionsApp.Json, statusCode: 404)
                : Results.Json(TopicJson.Full(topics.Timeline(topic), facts), EditionsApp.Json);
        });
    }
}
