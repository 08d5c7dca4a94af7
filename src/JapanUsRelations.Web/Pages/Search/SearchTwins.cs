using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The JSON twin of the search page: serialises the page's handler answer.</summary>
public static class SearchTwins
{
    /// <summary>Maps <c>/api/search</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/search", ([FromQuery] string? q, [FromQuery] string[]? edition, [FromQuery] string? publisher, [FromQuery] string? topic, SearchHandler h) =>
            Twin.Of<SearchPage>(h.Search(q, edition, publisher, topic)));
    }
}
