using System.Globalization;

namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>
/// Which page of a list a request asks for: <c>?page=N</c> (from 1) and <c>?pageSize=M</c> (from
/// <see cref="MinSize"/> to <see cref="MaxSize"/>; the list's own default when absent). Malformed values never reach
/// a handler: <see cref="PagingGuard"/> answers them 400 with what was wrong (<see cref="Problem"/>).
/// </summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="Size">Items per page.</param>
public readonly record struct PageRequest(int Page, int Size)
{
    /// <summary>The query parameter of the page number.</summary>
    public const string PageParameter = "page";

    /// <summary>The query parameter of the page size.</summary>
    public const string SizeParameter = "pageSize";

    /// <summary>The fewest items a page may be asked to hold.</summary>
    public const int MinSize = 1;

    /// <summary>The most items a page may be asked to hold (keeps every page small at any corpus size).</summary>
    public const int MaxSize = 100;

    /// <summary>Items skipped before this page.</summary>
    public int Skip => (Page - 1) * Size;

    /// <summary>
    /// The page asked for in a query, with <paramref name="defaultSize"/> when no size is given. A value the guard
    /// would refuse (it never gets here) counts as absent.
    /// </summary>
    public static PageRequest From(IQueryCollection query, int defaultSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (defaultSize is < MinSize or > MaxSize)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultSize), defaultSize, $"A default page size is from {MinSize} to {MaxSize}.");
        }

        int page = Read(query, PageParameter, 1, int.MaxValue) ?? 1;
        int size = Read(query, SizeParameter, MinSize, MaxSize) ?? defaultSize;
        return new PageRequest(page, size);
    }

    /// <summary>The page asked for by a request (see <see cref="From(IQueryCollection, int)"/>).</summary>
    public static PageRequest From(HttpRequest request, int defaultSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        return From(request.Query, defaultSize);
    }

    /// <summary>What is wrong with the query's paging parameters, in words naming the parameter and value; null when nothing is.</summary>
    public static string? Problem(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ProblemOf(query, PageParameter, 1, int.MaxValue, "a page number")
            ?? ProblemOf(query, SizeParameter, MinSize, MaxSize, "a page size");
    }

    private static string? ProblemOf(IQueryCollection query, string name, int min, int max, string what)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            return $"“{name}” is given {values.Count} times; give it once.";
        }

        string text = values.ToString();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            return $"“{name}” must be {what}, a whole number from {min}{(max == int.MaxValue ? "" : $" to {max}")}; “{LogSafe.Encode(Shorten(text))}” is not.";
        }

        return value < min || value > max
            ? $"“{name}” must be from {min}{(max == int.MaxValue ? "" : $" to {max}")}; {value} is out of bounds."
            : null;
    }

    private static int? Read(IQueryCollection query, string name, int min, int max) =>
        query.TryGetValue(name, out var values) && values.Count == 1
        && int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
            ? value
            : null;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
