using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>An edition as written into the new database: the edition, its row id, and its blocks' and sections' row ids.</summary>
/// <param name="Edition">The edition (enriched).</param>
/// <param name="RowId">Its <c>edition.id</c>.</param>
/// <param name="BlockIds">Its blocks' <c>block.id</c> by anchor.</param>
/// <param name="SectionIds">Its sections' <c>section.id</c> by slug.</param>
public sealed record WrittenEdition(Edition Edition, long RowId, IReadOnlyDictionary<string, long> BlockIds, IReadOnlyDictionary<string, long> SectionIds);
