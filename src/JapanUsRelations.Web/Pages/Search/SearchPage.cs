using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>A search (<c>/search?q=</c> and its twin): the results grouped by edition, and the filters offered.</summary>
/// <param name="Results">The results (not serialised; see the properties).</param>
/// <param name="Editions">Editions offered as filters (not serialised).</param>
/// <param name="Publishers">Publishers offered as a filter (not serialised).</param>
/// <param name="Topics">Topics offered as a filter, as (slug, name) (not serialised).</param>
public sealed record SearchPage(
    [property: JsonIgnore] SearchResults Results,
    [property: JsonIgnore] IReadOnlyList<Edition> Editions,
    [property: JsonIgnore] IReadOnlyList<string> Publishers,
    [property: JsonIgnore] IReadOnlyList<(string Slug, string Name)> Topics)
{
    /// <summary>The query as typed.</summary>
    public string Query => Results.Request.Query;

    /// <summary>The FTS5 query that ran, or null.</summary>
    public string? SearchedFor => Results.SearchedFor;

    /// <summary>Why the query was changed or could not run, or null.</summary>
    public string? Message => Results.Message;

    /// <summary>The filters it ran with.</summary>
    public SearchFilters Filters => new(Results.Request.Editions, Results.Request.Publisher, Results.Request.Topic);

    /// <summary>How many hits.</summary>
    public int Total => Results.Hits.Count;

    /// <summary>Hits per edition, best edition first.</summary>
    [JsonPropertyName("editions")]
    [JsonPropertyOrder(1)]
    public IReadOnlyList<EditionHits> HitsByEdition => Results.ByEdition.Select(g => new EditionHits(g.Edition.Id, g.Edition.Title, g.Hits.Count)).ToList();

    /// <summary>Every hit, best first.</summary>
    [JsonPropertyName("results")]
    [JsonPropertyOrder(2)]
    public IReadOnlyList<HitEntry> Hits => Results.Hits
        .Select(h => new HitEntry(h.Edition.Id, h.Section.Slug, h.Section.Heading, h.Anchor, h.Url, h.Link, h.Snippet.Text, h.Snippet.Html)).ToList();
}
