namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>Where the home twin points: the other twins.</summary>
/// <param name="Editions">The editions list twin.</param>
/// <param name="Topics">The topics twin.</param>
/// <param name="Facts">The facts twin.</param>
/// <param name="Compare">The comparison chooser twin.</param>
/// <param name="Search">The search twin, waiting for its query.</param>
public sealed record HomeLinks(string Editions, string Topics, string Facts, string Compare, string Search);
