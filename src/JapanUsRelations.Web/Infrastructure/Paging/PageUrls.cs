using System.Globalization;

namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>
/// The URL of each page of a list: the list's own URL (which may carry a query of its own, e.g. <c>?on=2026</c>) with
/// <c>page</c> added from page 2 on and <c>pageSize</c> only when it differs from the list's default, so page 1 at the
/// default size is the list's plain URL.
/// </summary>
public static class PageUrls
{
    /// <summary>A function from page number to URL for a list at <paramref name="listUrl"/>.</summary>
    public static Func<int, string> For(string listUrl, int size, int defaultSize)
    {
        ArgumentNullException.ThrowIfNull(listUrl);
        return page => Of(listUrl, page, size, defaultSize);
    }

    /// <summary>The URL of one page of a list.</summary>
    public static string Of(string listUrl, int page, int size, int defaultSize)
    {
        ArgumentNullException.ThrowIfNull(listUrl);
        var query = new List<string>();
        if (page > 1)
        {
            query.Add(PageRequest.PageParameter + "=" + page.ToString(CultureInfo.InvariantCulture));
        }

        if (size != defaultSize)
        {
            query.Add(PageRequest.SizeParameter + "=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (query.Count == 0)
        {
            return listUrl;
        }

        int fragment = listUrl.IndexOf('#', StringComparison.Ordinal);
        string path = fragment < 0 ? listUrl : listUrl[..fragment];
        string tail = fragment < 0 ? "" : listUrl[fragment..];
        return path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join('&', query) + tail;
    }
}
