using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;

namespace JapanUsRelations.Lineage;

/// <summary>A written edition with its blocks by anchor (to read the text of a linked pair).</summary>
/// <param name="Written">The edition and its row ids.</param>
/// <param name="Blocks">Its blocks by anchor.</param>
internal sealed record WrittenEditionBlocks(WrittenEdition Written, IReadOnlyDictionary<string, Block> Blocks)
{
    /// <summary>The edition and its blocks by anchor.</summary>
    public static WrittenEditionBlocks Of(WrittenEdition written) =>
        new(written, written.Edition.AllBlocks().ToDictionary(b => b.Block.Anchor, b => b.Block, StringComparer.Ordinal));
}
