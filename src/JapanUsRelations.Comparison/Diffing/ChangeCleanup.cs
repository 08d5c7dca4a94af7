using System.Text;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// Makes a word diff readable: a wordless stretch of equal text (a space, ", ") between two changes is folded into
/// both, so "several foreign policy areas" → "security, trade" reads as one change rather than a comb of
/// one-word swaps. Both sides still rebuild exactly: the folded text goes into the deletion and the insertion.
/// </summary>
internal static class ChangeCleanup
{
    public static List<WordOperation> Fold(IReadOnlyList<WordOperation> ops)
    {
        var result = new List<WordOperation>(ops.Count);
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        for (int k = 0; k < ops.Count; k++)
        {
            var op = ops[k];
            if (op.IsChange)
            {
                (op.Kind == WordOperationKind.Delete ? deleted : inserted).Append(op.Text);
            }
            else if (op.Kind == WordOperationKind.Equal && deleted.Length + inserted.Length > 0 && k + 1 < ops.Count && ops[k + 1].IsChange && !Tokenizer.Tokenize(op.Text).Any(Tokenizer.IsWord))
            {
                deleted.Append(op.Text);
                inserted.Append(op.Text);
            }
            else
            {
                Flush(result, deleted, inserted);
                result.Add(op);
            }
        }

        Flush(result, deleted, inserted);
        return result;
    }

    private static void Flush(List<WordOperation> result, StringBuilder deleted, StringBuilder inserted)
    {
        if (deleted.Length > 0)
        {
            result.Add(new WordOperation(WordOperationKind.Delete, deleted.ToString()));
        }

        if (inserted.Length > 0)
        {
            result.Add(new WordOperation(WordOperationKind.Insert, inserted.ToString()));
        }

        deleted.Clear();
        inserted.Clear();
    }
}
