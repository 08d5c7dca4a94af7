using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>An edition as written into the new database: the edition, its row id, and its blocks' row ids by anchor.</summary>
/// <param name="Edition">The edition (enriched).</param>
/// <param name="RowId">Its <c>edition.id</c>.</param>
/// <param name="BlockIds">Its blocks' <c>block.id</c> by anchor.</param>
public sealed record WrittenEdition(Edition Edition, long RowId, IReadOnlyDictionary<string, long> BlockIds);
