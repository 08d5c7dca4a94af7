using JapanUsRelations.Comparison;

namespace JapanUsRelations.Comparison.Tests.Support;

/// <summary>Rebuilds each side's block texts from a comparison's operations alone.</summary>
public static class Rebuild
{
    /// <summary>Anchor → text of every block of one side, as the operations spell it.</summary>
    public static Dictionary<string, string> Side(EditionComparison comparison, ComparisonSide side)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in comparison.Sections.SelectMany(s => s.Blocks))
        {
            var places = side == ComparisonSide.Older ? block.Older : block.Newer;
            var kept = side == ComparisonSide.Older ? WordOperationKind.Delete : WordOperationKind.Insert;
            int k = 0;
            var text = new System.Text.StringBuilder();
            foreach (var op in block.Operations)
            {
                if (op.Kind == WordOperationKind.Break && op.Side == side)
                {
                    texts.Add(places[k++].Anchor, text.ToString());
                    text.Clear();
                }
                else if (op.Kind == WordOperationKind.Equal || op.Kind == kept)
                {
                    text.Append(op.Text);
                }
            }

            if (places.Count > 0)
            {
                texts.Add(places[k++].Anchor, text.ToString());
            }

            k.Should().Be(places.Count, "every block of the entry gets exactly one text");
        }

        return texts;
    }
}
