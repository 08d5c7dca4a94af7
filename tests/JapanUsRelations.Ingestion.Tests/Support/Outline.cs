using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Support;

/// <summary>An edition's outline as text: one line a section, indented by level, with its block counts.</summary>
public static class Outline
{
    /// <summary>E.g. "Regional Relations (0p)" / "  China (1p)" / "Economic and Trade Issues (4p, 1t)".</summary>
    public static IReadOnlyList<string> Of(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.AllSections().Select(s =>
        {
            int p = s.Blocks.Count(b => b.Kind == BlockKind.Paragraph);
            int t = s.Blocks.Count(b => b.Kind == BlockKind.Table);
            int l = s.Blocks.Count(b => b.Kind == BlockKind.List);
            string counts = $"{p}p" + (t > 0 ? $", {t}t" : "") + (l > 0 ? $", {l}l" : "");
            return $"{new string(' ', (s.Level - 1) * 2)}{s.Heading ?? "(untitled)"} ({counts})";
        }).ToList();
    }
}
