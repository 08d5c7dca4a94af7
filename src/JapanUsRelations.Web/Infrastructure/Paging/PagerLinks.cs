namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>How a paged record's <see cref="Pagination"/> reaches the layout (which writes <c>&lt;link rel="next|prev"&gt;</c>) and the pager.</summary>
public static class PagerLinks
{
    /// <summary>The ViewData key the page's pagination travels under.</summary>
    public const string ViewDataKey = "Pagination";

    /// <summary>"Page 2 of 7 (items 51–100 of 312)".</summary>
    public static string Describe(Pagination paging, string items)
    {
        ArgumentNullException.ThrowIfNull(paging);
        if (paging.Total == 0)
        {
            return $"No {items}";
        }

        int first = paging.Skip + 1;
        int last = Math.Min(paging.Total, paging.Skip + paging.PageSize);
        return $"Page {paging.Page} of {paging.LastPage} ({items} {first}–{last} of {paging.Total})";
    }
}
