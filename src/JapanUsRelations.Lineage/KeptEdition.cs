using JapanUsRelations.Ingestion.Storage;

namespace JapanUsRelations.Lineage;

/// <summary>
/// A written edition a pending step still needs, with its blocks by anchor, gathered the first time a comparison
/// thread asks (not on the writer's thread).
/// </summary>
internal sealed class KeptEdition(WrittenEdition written)
{
    private readonly Lazy<WrittenEditionBlocks> _blocks = new(() => WrittenEditionBlocks.Of(written));

    /// <summary>The edition and its row ids.</summary>
    public WrittenEdition Written { get; } = written;

    /// <summary>The edition, its row ids and its blocks by anchor.</summary>
    public WrittenEditionBlocks Blocks => _blocks.Value;
}
