namespace JapanUsRelations.Web.Pages.Search;

/// <summary>How many hits one edition (or reference article) has, over every page.</summary>
/// <param name="Edition">The edition's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Date">Its date as written ("February 5, 2026", "2018", "Undated").</param>
/// <param name="Kind"><c>edition</c>, or <c>reference article</c> (not counted as an edition).</param>
/// <param name="Hits">Its hits.</param>
public sealed record EditionHits(string Edition, string Title, string Date, string Kind, int Hits);
