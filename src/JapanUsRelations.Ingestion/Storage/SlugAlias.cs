namespace JapanUsRelations.Ingestion.Storage;

/// <summary>A section slug of an edition that no longer exists, and the slug of the section that replaced it.</summary>
/// <param name="EditionId">The edition's URL id, e.g. <c>2026-02-05</c>.</param>
/// <param name="OldSlug">The slug links were made with.</param>
/// <param name="NewSlug">The slug of the section with the same (or most similar) text today.</param>
public sealed record SlugAlias(string EditionId, string OldSlug, string NewSlug);
