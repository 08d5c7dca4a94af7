using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>
/// Where one page stands in a list: its number and size, how many items the whole list holds, and the page URLs
/// before and after it (null at either end). A page past the last answers 404 (<see cref="NotFound"/>); an empty
/// list still has its page 1.
/// </summary>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Total">Items in the whole list.</param>
/// <param name="Next">The next page's URL, or null on the last page.</param>
/// <param name="Prev">The previous page's URL, or null on the first page.</param>
/// <param name="First">The first page's URL.</param>
/// <param name="Last">The last page's URL.</param>
public sealed record Pagination(int Page, int PageSize, int Total, string? Next, string? Prev, string First, string Last)
{
    /// <summary>The number of the last page (1 for an empty list).</summary>
    public int LastPage => LastPageOf(Total, PageSize);

    /// <summary>True when the page asked for lies past the last page.</summary>
    public bool IsBeyondEnd => Page > LastPage;

    /// <summary>Position of this page's first item in the list, from 0.</summary>
    public int Skip => (Page - 1) * PageSize;

    /// <summary>The page of a list of <paramref name="total"/> items asked for, its neighbours linked by <paramref name="pageUrl"/>.</summary>
    public static Pagination Of(PageRequest request, int total, Func<int, string> pageUrl)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        int last = LastPageOf(total, request.Size);
        int page = request.Page;
        return new Pagination(page, request.Size, total,
            page < last ? pageUrl(page + 1) : null,
            page > 1 && page <= last ? pageUrl(page - 1) : null,
            pageUrl(1),
            pageUrl(last));
    }

    /// <summary>This page's items of the whole list.</summary>
    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        return all.Skip(Skip).Take(PageSize).ToList();
    }

    /// <summary>The 404 of a page past the last: what was asked for, and the first and last pages.</summary>
    public NotFoundModel NotFound(string list) => new(
        $"page {Page} of {list} (it has {LastPage} page{(LastPage == 1 ? "" : "s")} of {PageSize})",
        "Pages that exist",
        [new Link("First page", First), new Link($"Last page ({LastPage})", Last)]);

    private static int LastPageOf(int total, int size) => Math.Max(1, (total + size - 1) / size);
}
