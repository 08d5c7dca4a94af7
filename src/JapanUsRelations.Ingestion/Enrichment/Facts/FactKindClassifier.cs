using System.Text.RegularExpressions;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// Gives a quantity its catalogue kind: the first quantity kind (in catalogue order) whose value type, sentence,
/// preceding text and following text all match. A quantity no kind matches stays unclassified.
/// </summary>
internal sealed class FactKindClassifier
{
    private readonly List<(FactKind Kind, Regex? Sentence, Regex? Before, Regex? After)> kinds;

    public FactKindClassifier(FactKindCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        kinds = [.. catalogue.Kinds
            .Where(k => k.ValueType is not (ValueTypeWords.Name or ValueTypeWords.TableCell))
            .Select(k => (k, FactKind.Compile(k.Sentence), FactKind.Compile(k.Before), FactKind.Compile(k.After)))];
    }

    /// <summary>How far before and after a value the context regexes look (keeps long sentences linear).</summary>
    private const int Window = 240;

    /// <summary>The kind of <paramref name="quantity"/> within <paramref name="sentence"/>, or null.</summary>
    public FactKind? Classify(Quantity quantity, string sentence) => For(sentence)(quantity);

    /// <summary>A classifier for the quantities of one sentence: whole-sentence regexes run once per sentence.</summary>
    public Func<Quantity, FactKind?> For(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var wholeSentence = new Dictionary<Regex, bool>();
        bool Whole(Regex regex) =>
            wholeSentence.TryGetValue(regex, out var matched) ? matched : wholeSentence[regex] = regex.IsMatch(sentence);

        return quantity =>
        {
            ArgumentNullException.ThrowIfNull(quantity);
            var before = sentence[Math.Max(0, quantity.Start - Window)..quantity.Start];
            var after = sentence[quantity.End..Math.Min(sentence.Length, quantity.End + Window)];
            foreach (var (kind, whole, preceding, following) in kinds)
            {
                if (string.Equals(kind.ValueType, quantity.Type, StringComparison.Ordinal)
                    && (preceding?.IsMatch(before) ?? true)
                    && (following?.IsMatch(after) ?? true)
                    && (whole is null || Whole(whole)))
                {
                    return kind;
                }
            }

            return null;
        };
    }
}
