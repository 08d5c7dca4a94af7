using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// The words of <c>scope=</c> and <c>order=</c> in URLs and the twin, and how each order is named to a reader. Reading
/// them is strict: anything else is a bad request saying what is allowed.
/// </summary>
public static class SearchOptions
{
    /// <summary><c>scope=all</c>: every edition (the default).</summary>
    public const string AllEditions = "all";

    /// <summary><c>scope=latest</c>: only the latest edition of each report.</summary>
    public const string LatestEditions = "latest";

    /// <summary><c>order=newest</c>: newest edition first (the default).</summary>
    public const string Newest = "newest";

    /// <summary><c>order=relevance</c>: the group with the best match first.</summary>
    public const string Relevance = "relevance";

    /// <summary>The URL word of a scope.</summary>
    public static string Word(SearchScope scope) => scope == SearchScope.Latest ? LatestEditions : AllEditions;

    /// <summary>The URL word of an order.</summary>
    public static string Word(SearchOrder order) => order == SearchOrder.Relevance ? Relevance : Newest;

    /// <summary>How the page names an order: "newest edition first", "most relevant first".</summary>
    public static string Described(SearchOrder order) => order == SearchOrder.Relevance ? "most relevant first" : "newest edition first";

    /// <summary>How the page names a scope: "every edition", "the latest edition of each report".</summary>
    public static string Described(SearchScope scope) => scope == SearchScope.Latest ? "the latest edition of each report" : "every edition, text later editions removed included";

    /// <summary>Reads <c>scope=</c>: absent or blank is the default; null with <paramref name="error"/> set when unknown.</summary>
    public static SearchScope? ReadScope(string? value, out string? error) =>
        Read(value, "scope", [(AllEditions, SearchScope.All), (LatestEditions, SearchScope.Latest)], out error);

    /// <summary>Reads <c>order=</c>: absent or blank is the default; null with <paramref name="error"/> set when unknown.</summary>
    public static SearchOrder? ReadOrder(string? value, out string? error) =>
        Read(value, "order", [(Newest, SearchOrder.Newest), (Relevance, SearchOrder.Relevance)], out error);

    /// <summary>The choice a word names (any case; absent or blank: the first choice), or null with what is allowed.</summary>
    private static T? Read<T>(string? value, string parameter, (string Word, T Choice)[] choices, out string? error)
        where T : struct
    {
        error = null;
        string word = value?.Trim() ?? "";
        if (word.Length == 0)
        {
            return choices[0].Choice;
        }

        foreach (var (name, choice) in choices)
        {
            if (string.Equals(name, word, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        error = $"“{parameter}” must be {string.Join(" or ", choices.Select(c => $"“{c.Word}”"))}; “{LogSafe.Encode(word.Length <= 40 ? word : word[..40] + "…")}” is not.";
        return null;
    }
}
