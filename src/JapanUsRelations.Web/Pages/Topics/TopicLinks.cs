using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>Links into a topic's paged timeline.</summary>
public static class TopicLinks
{
    /// <summary>
    /// An edition's place on the topic's page: the page of the timeline holding the report edition at
    /// <paramref name="reportIndex"/> (position among the report editions, oldest first), or page 1 for a reference
    /// source (null), at the edition's <c>#edition-{id}</c>.
    /// </summary>
    public static string EditionOnTopic(string slug, string editionId, int? reportIndex)
    {
        int page = reportIndex is int i ? (i / TopicPage.DefaultPageSize) + 1 : 1;
        return PageUrls.Of(Urls.Topic(slug), page, TopicPage.DefaultPageSize, TopicPage.DefaultPageSize) + "#edition-" + Uri.EscapeDataString(editionId);
    }
}
