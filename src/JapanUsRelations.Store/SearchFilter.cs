namespace JapanUsRelations.Store;

/// <summary>What a search is limited to.</summary>
/// <param name="Editions">Only these edition ids; empty for all.</param>
/// <param name="Publisher">Only editions of this publisher; null for all.</param>
/// <param name="Topic">Only passages assigned this topic (slug, table <c>block_topic</c>); null for all.</param>
public sealed record SearchFilter(IReadOnlyList<string> Editions, string? Publisher, string? Topic);
