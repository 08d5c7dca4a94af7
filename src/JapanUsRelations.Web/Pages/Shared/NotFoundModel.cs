namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>What a 404 page says: what was asked for, and links to what exists instead.</summary>
/// <param name="Asked">"edition '2019'", "section 'trade' of edition '2018'".</param>
/// <param name="AvailableHeading">Heading over the alternatives.</param>
/// <param name="Available">Alternatives as (label, url).</param>
public sealed record NotFoundModel(string Asked, string AvailableHeading, IReadOnlyList<(string Label, string Url)> Available);
