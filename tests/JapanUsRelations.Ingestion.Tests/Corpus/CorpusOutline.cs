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
        // Kinds are counted by name so the figure kind (new with HTML ingestion) needs no compile-time member here.
        int Count(string kind) => s.Blocks.Count(b => b.Kind.ToString() == kind);
        var counts = new List<string> { $"{Count("Paragraph")}p" };
        foreach (var (kind, letter) in new[] { ("Table", "t"), ("List", "l"), ("Figure", "f") })
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
