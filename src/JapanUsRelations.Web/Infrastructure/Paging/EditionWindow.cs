using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>
/// A page of a list of editions (oldest first) as the pages over time show them: the facts and topics matrices (a
/// window of columns) and the timelines of a fact kind or a topic. <see cref="Before"/> is the edition just before
/// the window, so the window's first edition is still compared with the one before it.
/// </summary>
/// <param name="Paging">Where the window stands among the editions.</param>
/// <param name="Editions">The window's editions, oldest first (empty past the last page).</param>
/// <param name="Before">The edition before the window, or null on the first page.</param>
public sealed record EditionWindow(Pagination Paging, IReadOnlyList<Edition> Editions, Edition? Before)
{
    /// <summary>The window <paramref name="request"/> asks for over <paramref name="editions"/>, its pages at <paramref name="listUrl"/>.</summary>
    public static EditionWindow Of(IReadOnlyList<Edition> editions, PageRequest request, string listUrl, int defaultSize)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var paging = Pagination.Of(request, editions.Count, PageUrls.For(listUrl, request.Size, defaultSize));
        return new EditionWindow(paging, paging.Slice(editions), paging.Skip > 0 && paging.Skip <= editions.Count ? editions[paging.Skip - 1] : null);
    }
}
