using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure.Paging;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// A search (<c>/search?q=</c> and its twin): one page of results in result groups (one per edition) in a stated
/// order, each hit with the editions its passage stands in, the counts over every page, and the filters offered.
/// </summary>
/// <param name="Paging">Where this page stands among the hits.</param>
/// <param name="Results">The results (not serialised; see the properties).</param>
/// <param name="Editions">Editions offered as filters (not serialised).</param>
/// <param name="Publishers">Publishers offered as a filter (not serialised).</param>
/// <param name="Topics">Topics offered as a filter, as (slug, name) (not serialised).</param>
public sealed record SearchPage(
    Pagination Paging,
    [property: JsonIgnore] SearchResults Results,
    [property: JsonIgnore] IReadOnlyList<Edition> Editions,
    [property: JsonIgnore] IReadOnlyList<string> Publishers,
    [property: JsonIgnore] IReadOnlyList<(string Slug, string Name)> Topics) : PagedRecord(Paging)
{
    /// <summary>The query as typed.</summary>
    public string Query => Results.Request.Query;

    /// <summary>The FTS5 query that ran, or null.</summary>
    public string? SearchedFor => Results.SearchedFor;

    /// <summary>Why the query was changed or could not run, or null.</summary>
    public string? Message => Results.Message;

    /// <summary>The filters it ran with, the scope included.</summary>
    public SearchFilters Filters => new(Results.Request.Editions, Results.Request.Publisher, Results.Request.Topic, SearchOptions.Word(Results.Request.Scope));

    /// <summary>The order of the result groups: <c>newest</c> or <c>relevance</c>.</summary>
    public string Order => SearchOptions.Word(Results.Request.Order);

    /// <summary>The order in words, as the page names it: "newest edition first", "most relevant first".</summary>
    public string OrderedBy => SearchOptions.Described(Results.Request.Order);

    /// <summary>Passages, editions and reference articles, with the sentence the page shows.</summary>
    public SearchCounts Counts => Results.Counts;

    /// <summary>Every result group (edition or reference article) in the stated order, with its hits over every page.</summary>
    [JsonPropertyName("editions")]
    [JsonPropertyOrder(1)]
    public IReadOnlyList<EditionHits> HitsByEdition => Results.Groups
        .Select(g => new EditionHits(g.Edition.Id, g.Edition.Title, EditionDisplay.Date(g.Edition), g.IsReference ? "reference article" : "edition", g.Hits)).ToList();

    /// <summary>This page's hits, in the stated order.</summary>
    [JsonPropertyName("results")]
    [JsonPropertyOrder(2)]
    public IReadOnlyList<HitEntry> Hits => Results.Hits
        .Select(h => new HitEntry(h.Edition.Id, h.Section.Slug, h.Section.Heading, h.Anchor, h.Url, h.Link, h.Snippet.Text, h.Snippet.Html, h.History)).ToList();
}
