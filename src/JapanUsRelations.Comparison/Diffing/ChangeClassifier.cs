using System.Text;
using JapanUsRelations.Ingestion.Enrichment.Facts;

namespace JapanUsRelations.Comparison.Diffing;

/// <summary>
/// Names each marked difference of an entry: a run of deletions and insertions between equal text is one change.
/// Only typography differs → typography; nothing deleted and whole sentences inserted → sentences added (and the
/// mirror); a figure on each side that differs → a number or date updated; every changed word a capitalised word on
/// both sides → a name changed; anything else → rewording.
/// </summary>
internal static class ChangeClassifier
{
    private const int SentenceWords = 4;

    public static IReadOnlyList<TextChange> Classify(IReadOnlyList<WordOperation> ops)
    {
        var changes = new List<TextChange>();
        var run = new List<WordOperation>();
        foreach (var op in ops.Append(new WordOperation(WordOperationKind.Equal, "")))
        {
            if (op.Kind is WordOperationKind.Insert or WordOperationKind.Delete)
            {
                run.Add(op);
                continue;
            }

            if (run.Count > 0)
            {
                changes.Add(Name(run));
                run.Clear();
            }
        }

        return changes;
    }

    private static TextChange Name(List<WordOperation> run)
    {
        string older = Join(run, WordOperationKind.Delete);
        string newer = Join(run, WordOperationKind.Insert);
        if (run.All(o => o.IsTypographyOnly))
        {
            return new TextChange(ChangeKind.Typography, older, newer);
        }

        var ow = Words(run, WordOperationKind.Delete);
        var nw = Words(run, WordOperationKind.Insert);
        if (ow.Count == 0 && IsSentences(newer, nw))
        {
            return new TextChange(ChangeKind.SentenceAdded, older, newer, SentenceSplitter.Split(newer).Count);
        }

        if (nw.Count == 0 && IsSentences(older, ow))
        {
            return new TextChange(ChangeKind.SentenceRemoved, older, newer, SentenceSplitter.Split(older).Count);
        }

        var of = ow.Where(Tokenizer.IsFigure).ToList();
        var nf = nw.Where(Tokenizer.IsFigure).ToList();
        if (of.Count > 0 && nf.Count > 0 && !of.SequenceEqual(nf, StringComparer.Ordinal))
        {
            return new TextChange(ChangeKind.NumberOrDate, older, newer);
        }

        if (ow.Count > 0 && nw.Count > 0 && ow.Concat(nw).All(w => char.IsUpper(w[0])))
        {
            return new TextChange(ChangeKind.Name, older, newer);
        }

        return new TextChange(ChangeKind.Rewording, older, newer);
    }

    private static bool IsSentences(string text, List<string> words) =>
        words.Count >= SentenceWords && text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or '?' or '!' or '"' or '\u201D' or ')';

    private static List<string> Words(List<WordOperation> run, WordOperationKind kind) =>
        run.Where(o => o.Kind == kind && !o.IsTypographyOnly).SelectMany(o => Tokenizer.Tokenize(o.Text)).Where(Tokenizer.IsWord).ToList();

    private static string Join(List<WordOperation> run, WordOperationKind kind)
    {
        var sb = new StringBuilder();
        foreach (var op in run.Where(o => o.Kind == kind))
        {
            sb.Append(op.Text);
        }

        return sb.ToString();
    }
}
