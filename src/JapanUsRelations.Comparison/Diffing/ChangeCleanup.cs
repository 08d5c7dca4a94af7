using System.Text;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// Makes a word diff readable. Between two changes, three kinds of stretch are folded into one change: wordless
/// equal text (a space, ", "), a typography-only pair without words (a quote matched with some unrelated quote), and a
/// short island of at most two small words ("in", "the", "to and"), so "several foreign policy areas" → "security,
/// trade" reads as one change rather than a comb of one-word swaps. A run is folded only when it has real deletions
/// and real insertions; otherwise its operations stay as they were (an insertion alone never drags a lone space into
/// its mark). Both sides still rebuild exactly: the folded text goes into the deletion and the insertion.
/// </summary>
internal static class ChangeCleanup
{
    private const int IslandWords = 2;
    private const int SmallWord = 4;

    public static List<WordOperation> Fold(IReadOnlyList<WordOperation> ops)
    {
        var result = new List<WordOperation>(ops.Count);
        var run = new List<WordOperation>();
        for (int k = 0; k < ops.Count; k++)
        {
            var op = ops[k];
            if (op.IsChange)
            {
                run.Add(op);
            }
            else if (run.Count > 0 && IsGlue(op) && NextChange(ops, k) is int next)
            {
                for (; k < next; k++)
                {
                    run.Add(ops[k]);
                }

                k--;
            }
            else
            {
                Flush(result, run);
                Append(result, op);
            }
        }

        Flush(result, run);
        return result;
    }

    /// <summary>Adds an operation, joining it to the one before when both are equal text.</summary>
    private static void Append(List<WordOperation> result, WordOperation op)
    {
        if (op.Kind == WordOperationKind.Equal && result.Count > 0 && result[^1].Kind == WordOperationKind.Equal)
        {
            result[^1] = result[^1] with { Text = result[^1].Text + op.Text };
            return;
        }

        result.Add(op);
    }

    /// <summary>The index of the next real change when only glue stands between here and it; otherwise null.</summary>
    private static int? NextChange(IReadOnlyList<WordOperation> ops, int from)
    {
        for (int k = from; k < ops.Count; k++)
        {
            if (ops[k].IsChange)
            {
                return k;
            }

            if (!IsGlue(ops[k]) || ops[k].Kind == WordOperationKind.Break)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsGlue(WordOperation op)
    {
        if (op.Kind == WordOperationKind.Break)
        {
            return false;
        }

        // Past the island's words the answer is no whatever follows: only that many are read.
        var words = Tokenizer.FirstWords(op.Text, IslandWords + 1);
        if (op.IsTypographyOnly)
        {
            return words.Count == 0;
        }

        return op.Kind == WordOperationKind.Equal && words.Count <= IslandWords && words.All(w => w.Length <= SmallWord && !Tokenizer.IsFigure(w));
    }

    private static void Flush(List<WordOperation> result, List<WordOperation> run)
    {
        if (run.Count == 0)
        {
            return;
        }

        bool deletes = run.Any(o => o.IsChange && o.Kind == WordOperationKind.Delete);
        bool inserts = run.Any(o => o.IsChange && o.Kind == WordOperationKind.Insert);
        if (!(deletes && inserts))
        {
            result.AddRange(run);
            run.Clear();
            return;
        }

        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        foreach (var op in run)
        {
            if (op.Kind != WordOperationKind.Insert)
            {
                deleted.Append(op.Text);
            }

            if (op.Kind != WordOperationKind.Delete)
            {
                inserted.Append(op.Text);
            }
        }

        result.Add(new WordOperation(WordOperationKind.Delete, deleted.ToString()));
        result.Add(new WordOperation(WordOperationKind.Insert, inserted.ToString()));
        run.Clear();
    }
}
