using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>JSON twin of the search page: <c>/api/search?q=&amp;edition=&amp;publisher=&amp;topic=</c>.</summary>
public static class SearchApi
{
    /// <summary>Maps <c>/api/search</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/search", ([FromQuery] string? q, [FromQuery] string[]? edition, [FromQuery] string? publisher, [FromQuery] string? topic, SearchService search) =>
        {
            var results = search.Search(new SearchRequest(q ?? "", edition ?? [], NullIfBlank(publisher), NullIfBlank(topic)));
            return Results.Json(new
            {
                query = results.Request.Query,
                searchedFor = results.SearchedFor,
                message = results.Message,
                filters = new { editions = results.Request.Editions, publisher = results.Request.Publisher, topic = results.Request.Topic },
                total = results.Hits.Count,
                editions = results.ByEdition.Select(g => new { edition = g.Edition.Id, title = g.Edition.Title, hits = g.Hits.Count }),
                results = results.Hits.Select(h => new
                {
                    edition = h.Edition.Id,
                    section = h.Section.Slug,
                    sectionHeading = h.Section.Heading,
                    anchor = h.Anchor,
                    url = h.Url,
                    link = h.Link,
                    snippet = h.Snippet.Text,
                    snippetHtml = h.Snippet.Html,
                }),
            }, EditionsApp.Json);
        });
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
