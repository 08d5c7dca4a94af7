namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>What a 404 says, on the page and in its JSON twin: what was asked for, and links to what exists instead.</summary>
/// <param name="Asked">"edition “2019”", "section “trade” in the 2018 edition".</param>
/// <param name="AvailableHeading">Heading over the alternatives.</param>
/// <param name="Available">The alternatives.</param>
public sealed record NotFoundModel(string Asked, string AvailableHeading, IReadOnlyList<Link> Available)
{
    /// <summary>Always "not found" (lets a client tell a 404 body from a record).</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Error => "not found";
}
