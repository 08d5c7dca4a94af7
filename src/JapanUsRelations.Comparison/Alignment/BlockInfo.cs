using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>A block of one side with what the alignment needs: its section, its position and its word bag.</summary>
internal sealed class BlockInfo(Block block, SectionInfo section, int index, EditionSide side)
{
    /// <summary>The block's topics with their scores (from the topics stage), read from its side when first asked.</summary>
    public IReadOnlyDictionary<string, double> Topics => _topics ??= side.TopicsOf(Block.Anchor);

    private IReadOnlyDictionary<string, double>? _topics;

    /// <summary>The block's words, for an order-blind comparison with a whole section.</summary>
    public WordBag Words => _words ??= new WordBag(Tokenized.Tokens);

    private WordBag? _words;

    public Block Block { get; } = block;

    public SectionInfo Section { get; } = section;

    /// <summary>0-based position among all blocks of the side, in reading order.</summary>
    public int Index { get; } = index;

    public TokenBag Bag => _bag ??= new TokenBag(Tokenized);

    /// <summary>The block's text cut into tokens once, for every diff it takes part in.</summary>
    public TokenizedText Tokenized => _tokenized ??= new TokenizedText(Block.Text);

    private TokenBag? _bag;
    private TokenizedText? _tokenized;

    /// <summary>
    /// Takes the tokens and bags <paramref name="earlier"/> (a block of the same text, from the previous edition of
    /// a chain) has already computed, instead of computing them again: they depend on the text alone. Copies them, so
    /// no block keeps an older edition alive.
    /// </summary>
    public void ReuseFrom(BlockInfo earlier)
    {
        if (!string.Equals(earlier.Block.Text, Block.Text, StringComparison.Ordinal))
        {
            throw new ArgumentException("Only a block of the same text has the same tokens.", nameof(earlier));
        }

        _tokenized ??= earlier._tokenized;
        _bag ??= earlier._bag;
        _words ??= earlier._words;
    }

    public BlockPlace Place => new(Section.Section.Slug, Block.Anchor);
}
