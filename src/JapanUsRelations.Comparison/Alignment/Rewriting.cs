using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// A paragraph that keeps less than a third of its words reads better as its old and new versions whole, one after
/// the other, than as fragments glued together by "in", "the" and "to": its operations become the older text deleted
/// and the newer text inserted, and the phrases both still share are listed beside them.
/// </summary>
internal sealed record Rewriting(IReadOnlyList<WordOperation> Operations, TextChange Change, IReadOnlyList<string> Shared)
{
    /// <summary>Below this share of words kept, a paragraph is shown rewritten.</summary>
    public const double Threshold = 1.0 / 3;

    private const int SharedWords = 2;

    /// <summary>The entry shown rewritten, or null; <paramref name="words"/> holds the words of each of its operations.</summary>
    public static Rewriting? Of(AlignedEntry e, BlockStatus status, int[] words)
    {
        var ops = e.Diff.Operations;
        if (status is not (BlockStatus.Changed or BlockStatus.Moved) || !ops.Any(o => o.IsChange) || KeptShare(ops, words) >= Threshold)
        {
            return null;
        }

        string older = e.Older[0].Block.Text;
        string newer = e.Newer[0].Block.Text;
        var shared = ops.Where((o, k) => o.Kind == WordOperationKind.Equal && words[k] >= SharedWords)
            .Select(o => o.Text.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return new Rewriting(
            [new WordOperation(WordOperationKind.Delete, older), new WordOperation(WordOperationKind.Insert, newer)],
            new TextChange(ChangeKind.Rewording, older, newer),
            shared);
    }

    /// <summary>2 × words in equal text (or in typography-only pairs) / all words of both sides, from the operations as given (<paramref name="counts"/>: the words of each).</summary>
    public static double KeptShare(IReadOnlyList<WordOperation> ops, int[] counts)
    {
        int kept = 0, total = 0;
        for (int k = 0; k < ops.Count; k++)
        {
            var op = ops[k];
            int words = counts[k];
            if (op.Kind == WordOperationKind.Equal)
            {
                kept += 2 * words;
                total += 2 * words;
            }
            else if (op.Kind is WordOperationKind.Insert or WordOperationKind.Delete)
            {
                kept += op.IsTypographyOnly ? words : 0;
                total += words;
            }
        }

        return total == 0 ? 1.0 : (double)kept / total;
    }
}
