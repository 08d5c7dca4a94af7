using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// An edition's outline as the corpus goldens write it: one line a section, indented two spaces a level below 1,
/// "(lead)" for the untitled lead, " [run-in]" for a run-in head, then the block counts by kind
/// (p paragraphs, t tables, l lists, f figures; zero counts other than p left out).
/// </summary>
public static class CorpusOutline
{
    /// <summary>E.g. <c>Options for Congress (1p)</c>, <c>  Sectoral Tariffs [run-in] (1p)</c>, <c>Past Debt Limit Activity (4p, 1f)</c>.</summary>
    public static IReadOnlyList<string> Of(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return edition.AllSections().Select(Line).ToList();
    }

    private static string Line(Section s)
    {
        int Count(BlockKind kind) => s.Blocks.Count(b => b.Kind == kind);
        var counts = new List<string> { $"{Count(BlockKind.Paragraph)}p" };
        foreach (var (kind, letter) in new[] { (BlockKind.Table, "t"), (BlockKind.List, "l"), (BlockKind.Figure, "f") })
        {
            if (Count(kind) > 0)
            {
                counts.Add($"{Count(kind)}{letter}");
            }
        }

        string runIn = s.IsRunIn ? " [run-in]" : "";
        return $"{new string(' ', (s.Level - 1) * 2)}{s.Heading ?? "(lead)"}{runIn} ({string.Join(", ", counts)})";
    }
}
