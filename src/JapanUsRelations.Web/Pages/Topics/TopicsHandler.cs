using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>The one handler of the topic pages and their twins.</summary>
public sealed class TopicsHandler(ReadStore store)
{
    /// <summary><c>/topics</c>: every topic with its coverage.</summary>
    public TopicIndex Index() => new(
        store.Topics.Topics.Select(t => TopicTimelines.Of(store, t)).ToList(), store.Editions.Reports, store.Editions.References);

    /// <summary><c>/topics/{slug}</c>: the topic through time, with its facts.</summary>
    public Answer<TopicPage> Topic(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (store.Topics.Find(slug) is not { } topic)
        {
            return Unknown(slug);
        }

        var timeline = TopicTimelines.Of(store, topic);
        var facts = timeline.Editions.Concat(timeline.References)
            .SelectMany(e => store.Facts.ForTopic(topic.Slug, e.Edition.Id))
            .Select(f => new TopicFactEntry(f, store.Facts.LabelOf(f.Fact.Kind!)))
            .ToList();
        return new TopicPage(timeline, facts, store.Topics.Threshold);
    }

    /// <summary><c>/topics/{slug}/latest</c>: a redirect to the newest edition's strongest passage (or the topic, when none).</summary>
    public Answer<TopicPage> Latest(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (store.Topics.Find(slug) is not { } topic)
        {
            return Unknown(slug);
        }

        var latest = TopicTimelines.Of(store, topic).Latest;
        return new Redirection(latest?.Url ?? Urls.Topic(topic.Slug), Permanent: false, "the newest passage changes with each edition");
    }

    private NotFoundModel Unknown(string slug) =>
        new($"topic “{slug}”", "Topics that exist", store.Topics.Topics.Select(t => new Link(t.Name, Urls.Topic(t.Slug))).ToList());

    /// <summary>The JSON twins: <c>/api/topics</c>, <c>/api/topics/{slug}</c> and <c>/api/topics/{slug}/latest</c>, each serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/topics", (TopicsHandler h) => Twin.Of<TopicIndex>(h.Index()));
        app.MapGet("/api/topics/{slug}", (string slug, TopicsHandler h) => Twin.Of(h.Topic(slug)));
        app.MapGet("/api/topics/{slug}/latest", (string slug, TopicsHandler h) => Twin.Of(h.Latest(slug)));
    }
}
