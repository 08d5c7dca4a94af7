using System.Text.RegularExpressions;

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
            .Where(k => k.ValueType is not ("name" or "table-cell"))
            .Select(k => (k, FactKind.Compile(k.Sentence), FactKind.Compile(k.Before), FactKind.Compile(k.After)))];
    }

    /// <summary>The kind of <paramref name="quantity"/> within <paramref name="sentence"/>, or null.</summary>
    public FactKind? Classify(Quantity quantity, string sentence)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(sentence);
        var before = sentence[..quantity.Start];
        var after = sentence[quantity.End..];
        foreach (var (kind, whole, preceding, following) in kinds)
        {
            if (string.Equals(kind.ValueType, quantity.Type, StringComparison.Ordinal)
                && (whole?.IsMatch(sentence) ?? true)
                && (preceding?.IsMatch(before) ?? true)
                && (following?.IsMatch(after) ?? true))
            {
                return kind;
            }
        }

        return null;
    }
}
