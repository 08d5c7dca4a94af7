namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// How much a search found, across every page: passages, in how many report editions and in how many reference
/// articles (an undated reference article is not an edition, so it is counted apart).
/// </summary>
/// <param name="Passages">Matching paragraphs, tables and lists.</param>
/// <param name="Editions">Report editions holding at least one.</param>
/// <param name="ReferenceArticles">Reference articles holding at least one.</param>
public sealed record SearchCounts(int Passages, int Editions, int ReferenceArticles)
{
    /// <summary>No results.</summary>
    public static SearchCounts None { get; } = new(0, 0, 0);

    /// <summary>In words: "12 passages in 3 editions and 1 reference article", "1 passage in 1 reference article", "No passages".</summary>
    public string Summary
    {
        get
        {
            if (Passages == 0)
            {
                return "No passages";
            }

            var places = new List<string>(2);
            if (Editions > 0)
            {
                places.Add(Counted(Editions, "edition", "editions"));
            }

            if (ReferenceArticles > 0)
            {
                places.Add(Counted(ReferenceArticles, "reference article", "reference articles"));
            }

            return $"{Counted(Passages, "passage", "passages")} in {string.Join(" and ", places)}";
        }
    }

    private static string Counted(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
