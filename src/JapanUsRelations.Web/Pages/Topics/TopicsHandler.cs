using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>The one handler of the topic pages and their twins.</summary>
public sealed class TopicsHandler(ReadStore store)
{
    /// <summary><c>/topics?page=N</c>: every topic with its coverage over a window of report editions.</summary>
    public Answer<TopicIndex> Index(PageRequest request)
    {
        var window = EditionWindow.Of(store.Editions.Reports, request.AtMost(TopicIndex.MaxPageSize), Urls.Topics, TopicIndex.DefaultPageSize);
        return window.Paging.IsBeyondEnd
            ? window.Paging.NotFound("the topics matrix's editions")
            : new TopicIndex(window.Paging, store.Topics.Topics.Select(t => TopicTimelines.Of(store, t, window.Editions, window.Before)).ToList(), window.Editions, store.Editions.References);
    }

    /// <summary><c>/topics/{slug}?page=N</c>: the topic through a page of report editions, with its facts.</summary>
    public Answer<TopicPage> Topic(string slug, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (store.Topics.Find(slug) is not { } topic)
        {
            return Unknown(slug);
        }

        var window = EditionWindow.Of(store.Editions.Reports, request.AtMost(TopicPage.MaxPageSize), Urls.Topic(topic.Slug), TopicPage.DefaultPageSize);
        if (window.Paging.IsBeyondEnd)
        {
            return window.Paging.NotFound($"the editions on “{topic.Name}”");
        }

        var timeline = TopicTimelines.Of(store, topic, window.Editions, window.Before);
        var facts = timeline.Editions.Concat(timeline.References)
            .SelectMany(e => store.Facts.ForTopic(topic.Slug, e.Edition.Id))
            .Select(f => new TopicFactEntry(f, store.Facts.LabelOf(f.Fact.Kind!)))
            .ToList();
        return new TopicPage(window.Paging, timeline, facts, store.Topics.Threshold) { EditionsSpeaking = TopicTimelines.ReportEditionsSpeaking(store, topic) };
    }

    /// <summary><c>/topics/{slug}/latest</c>: a redirect to the newest edition's strongest passage (or the topic, when none).</summary>
    public Answer<TopicPage> Latest(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (store.Topics.Find(slug) is not { } topic)
        {
            return Unknown(slug);
        }

        var latest = TopicTimelines.Latest(store, topic);
        return new Redirection(latest?.Url ?? Urls.Topic(topic.Slug), Permanent: false, "the newest passage changes with each edition");
    }

    private NotFoundModel Unknown(string slug) =>
        new($"topic “{slug}”", "Topics that exist", store.Topics.Topics.Select(t => new Link(t.Name, Urls.Topic(t.Slug))).ToList());

    /// <summary>The JSON twins: <c>/api/topics</c>, <c>/api/topics/{slug}</c> and <c>/api/topics/{slug}/latest</c>, each serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/topics", (HttpRequest request, TopicsHandler h) => Twin.Of(h.Index(PageRequest.From(request, TopicIndex.DefaultPageSize))));
        app.MapGet("/api/topics/{slug}", (string slug, HttpRequest request, TopicsHandler h) => Twin.Of(h.Topic(slug, PageRequest.From(request, TopicPage.DefaultPageSize))));
        app.MapGet("/api/topics/{slug}/latest", (string slug, TopicsHandler h) => Twin.Of(h.Latest(slug)));
    }
}
