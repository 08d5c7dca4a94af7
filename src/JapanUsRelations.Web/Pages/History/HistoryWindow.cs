namespace JapanUsRelations.Web.Pages.History;

/// <summary>
/// Which editions of a long history are shown: at most <see cref="Size"/> neighbouring columns, from
/// <see cref="From"/>, with links to the windows before and after (<c>rel="prev"</c>, <c>rel="next"</c>).
/// </summary>
/// <param name="Start">Index of the first column shown, among every column.</param>
/// <param name="Count">Columns shown.</param>
/// <param name="Total">Columns in all.</param>
/// <param name="From">Edition id of the first column shown.</param>
/// <param name="Previous">The window before, or null at the oldest.</param>
/// <param name="Next">The window after, or null at the newest.</param>
public sealed record HistoryWindow(int Start, int Count, int Total, string From, string? Previous, string? Next)
{
    /// <summary>Columns shown at most at once.</summary>
    public const int Size = 4;

    /// <summary>
    /// The window starting at column <paramref name="start"/> (kept within the columns), its neighbours' URLs made by
    /// <paramref name="link"/> from their first edition's id.
    /// </summary>
    public static HistoryWindow At(IReadOnlyList<string> editionIds, int start, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(editionIds);
        ArgumentNullException.ThrowIfNull(link);
        int total = editionIds.Count;
        start = Math.Clamp(start, 0, Math.Max(0, total - Size));
        int count = Math.Min(Size, total - start);
        string? previous = start > 0 ? link(editionIds[Math.Max(0, start - Size)]) : null;
        string? next = start + count < total ? link(editionIds[Math.Min(start + Size, total - Size)]) : null;
        return new HistoryWindow(start, count, total, total == 0 ? "" : editionIds[start], previous, next);
    }

    /// <summary>The window a reader lands in by default: the one around column <paramref name="at"/> (the edition asked for).</summary>
    public static int Around(int at) => at - ((Size - 1) / 2);
}
