namespace JapanUsRelations.Web.Pages.Search;

/// <summary>The filters a search ran with.</summary>
/// <param name="Editions">Only these edition ids; empty for all.</param>
/// <param name="Publisher">Only this publisher; null for all.</param>
/// <param name="Topic">Only passages on this topic; null for all.</param>
/// <param name="Scope"><c>all</c> editions, or only the <c>latest</c> of each report.</param>
public sealed record SearchFilters(IReadOnlyList<string> Editions, string? Publisher, string? Topic, string Scope);
