namespace JapanUsRelations.Web.Pages.Search;

/// <summary>How many hits one edition has.</summary>
/// <param name="Edition">The edition's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Hits">Its hits.</param>
public sealed record EditionHits(string Edition, string Title, int Hits);
