namespace JapanUsRelations.Lineage;

/// <summary>A written edition a pending step still needs: its blocks by anchor and row ids, and its sections' row ids by slug.</summary>
/// <param name="Blocks">The edition, its row ids and its blocks by anchor.</param>
/// <param name="Sections">Its sections' row ids by slug.</param>
internal sealed record KeptEdition(WrittenEditionBlocks Blocks, IReadOnlyDictionary<string, long> Sections);
