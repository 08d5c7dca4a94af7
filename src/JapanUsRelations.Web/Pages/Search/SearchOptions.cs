using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// The words of <c>scope=</c> and <c>order=</c> in URLs and the twin, and how each is named to a reader. Any other
/// word is answered 400 by <c>Infrastructure/QueryParameterGuard</c> before the handler runs.
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

    /// <summary>The scope <c>scope=</c> names; absent: every edition. (<c>QueryParameterGuard</c> answers 400 to any other word.)</summary>
    public static SearchScope Scope(string? value) => value == LatestEditions ? SearchScope.Latest : SearchScope.All;

    /// <summary>The order <c>order=</c> names; absent: newest first. (<c>QueryParameterGuard</c> answers 400 to any other word.)</summary>
    public static SearchOrder Order(string? value) => value == Relevance ? SearchOrder.Relevance : SearchOrder.Newest;
}
