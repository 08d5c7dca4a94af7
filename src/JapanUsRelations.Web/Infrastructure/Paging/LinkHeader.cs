namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>
/// The HTTP <c>Link</c> header (RFC 8288) of one page of a list: <c>rel="next"</c>, <c>rel="prev"</c>,
/// <c>rel="first"</c> and <c>rel="last"</c>. A page links pages, a twin links twins.
/// </summary>
public static class LinkHeader
{
    /// <summary>The header's value, each URL passed through <paramref name="map"/> (identity for pages, <see cref="Urls.Api"/> for twins).</summary>
    public static string Of(Pagination paging, Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(paging);
        ArgumentNullException.ThrowIfNull(map);
        var links = new List<string>();
        if (paging.Next is { } next)
        {
            links.Add($"<{map(next)}>; rel=\"next\"");
        }

        if (paging.Prev is { } prev)
        {
            links.Add($"<{map(prev)}>; rel=\"prev\"");
        }

        links.Add($"<{map(paging.First)}>; rel=\"first\"");
        links.Add($"<{map(paging.Last)}>; rel=\"last\"");
        return string.Join(", ", links);
    }

    /// <summary>Adds the header to a response.</summary>
    public static void Add(HttpResponse response, Pagination paging, Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.Append("Link", Of(paging, map));
    }
}
