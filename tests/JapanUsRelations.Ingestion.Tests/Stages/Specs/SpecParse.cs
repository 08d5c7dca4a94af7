using JapanUsRelations.Ingestion.Model;
using System.Text;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion.Tests.Stages.Specs;

/// <summary>Parses a small spec input as a seed file would be parsed, and renders what a spec compares.</summary>
internal static class SpecParse
{
    public static Edition Parse(string source, string fileName = "spec.html") =>
        EditionParser.Parse(new SeedFile(fileName, Encoding.UTF8.GetBytes(source)), manifest: null);

    /// <summary>One line per section and block: "## Heading", "  p: text", "  t: a | b / c | d", "  f: caption".</summary>
    public static string Outline(Edition edition)
    {
        var lines = new List<string>();
        foreach (var section in edition.AllSections())
        {
            lines.Add($"{new string('#', section.Level + 1)} {section.Heading ?? "(lead)"}{(section.IsRunIn ? " [run-in]" : "")}");
            foreach (var block in section.Blocks)
            {
                lines.Add(block.Kind switch
                {
                    BlockKind.Table => "  t: " + string.Join(" / ", block.Table!.RowTexts().Select(r => string.Join(" | ", r))),
                    BlockKind.List => "  l: " + string.Join(" / ", block.Items),
                    BlockKind.Figure => "  f: " + (block.Table!.Caption ?? "(no caption)"),
                    _ => "  p: " + block.Text,
                });
            }
        }

        return string.Join('\n', lines);
    }
}
