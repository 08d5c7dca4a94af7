using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The URL of a search as asked: the query and every filter, the scope and order only when not the default.</summary>
public static class SearchLinks
{
    /// <summary><c>/search?q=Okinawa&amp;edition=2018&amp;scope=latest&amp;order=relevance</c> (no page: the pager adds it).</summary>
    public static string Of(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = new System.Text.StringBuilder(Urls.Search(request.Query));
        foreach (string edition in request.Editions)
        {
            url.Append("&edition=").Append(Uri.EscapeDataString(edition));
        }

        Append(url, "publisher", request.Publisher);
        Append(url, "topic", request.Topic);
        Append(url, "scope", request.Scope == SearchScope.All ? null : SearchOptions.Word(request.Scope));
        Append(url, "order", request.Order == SearchOrder.Newest ? null : SearchOptions.Word(request.Order));
        return url.ToString();
    }

    private static void Append(System.Text.StringBuilder url, string name, string? value)
    {
        if (value is not null)
        {
            url.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
    }
}
