using System.Text;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion.Tests.Stages;

/// <summary>
/// Reads the stage specs in <c>Stages/Specs/*.md</c>, written the way Markdig writes its CommonMark spec: prose, then
/// examples between fences of 32 backticks with the word <c>example</c>; the input above a line holding only
/// <c>.</c>, the expected output below it. Escapes keep invisible bytes visible: <c>→</c> a tab, <c>␍</c> a carriage
/// return, <c>⟨BOM⟩</c> a byte-order mark, <c>⟨NUL⟩</c> a NUL byte, <c>⟨FF⟩</c> the byte 0xFF (invalid UTF-8).
/// </summary>
public static class StageSpec
{
    private static readonly string Fence = new('`', 32);

    private static readonly (string Token, byte[] Bytes)[] ByteEscapes = [("⟨BOM⟩", [0xEF, 0xBB, 0xBF]), ("⟨NUL⟩", [0x00]), ("⟨FF⟩", [0xFF])];

    /// <summary>The folder of spec files in the checkout.</summary>
    public static string Folder => Path.Combine(RepositoryRoot.Required(), "tests", "JapanUsRelations.Ingestion.Tests", "Stages", "Specs");

    /// <summary>Every example of a spec file.</summary>
    public static IReadOnlyList<StageExample> Load(string spec)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, spec));
        var examples = new List<StageExample>();
        string section = "";
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                section = lines[i].TrimStart('#').Trim();
                continue;
            }

            if (!lines[i].StartsWith(Fence + " example", StringComparison.Ordinal))
            {
                continue;
            }

            string renderer = lines[i][(Fence.Length + " example".Length)..].Trim();
            int start = i;
            var input = new List<string>();
            for (i++; lines[i] != "."; i++)
            {
                input.Add(lines[i]);
            }

            var expected = new List<string>();
            for (i++; lines[i] != Fence; i++)
            {
                expected.Add(lines[i]);
            }

            examples.Add(new StageExample(spec, examples.Count + 1, section, start + 1, renderer.Length == 0 ? null : renderer, Decode(string.Join('\n', input) + "\n"), Decode(string.Join('\n', expected))));
        }

        return examples;
    }

    /// <summary>The xunit rows of a spec file: its name and each example's number.</summary>
    public static TheoryData<string, int> Rows(string spec)
    {
        var rows = new TheoryData<string, int>();
        foreach (var example in Load(spec))
        {
            rows.Add(spec, example.Number);
        }

        return rows;
    }

    /// <summary>The input as a seed file's bytes, the byte escapes written as the bytes they name.</summary>
    public static SeedFile Seed(StageExample example, string fileName = "spec.txt")
    {
        ArgumentNullException.ThrowIfNull(example);
        var bytes = new List<byte>();
        string text = example.Input;
        int at = 0;
        while (at < text.Length)
        {
            var (token, value) = ByteEscapes.FirstOrDefault(e => text.AsSpan(at).StartsWith(e.Token, StringComparison.Ordinal));
            if (token is not null)
            {
                bytes.AddRange(value);
                at += token.Length;
                continue;
            }

            int next = ByteEscapes.Select(e => text.IndexOf(e.Token, at, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();
            bytes.AddRange(Encoding.UTF8.GetBytes(text[at..next]));
            at = next;
        }

        return new SeedFile(fileName, [.. bytes]);
    }

    private static string Decode(string text) => text.Replace('→', '\t').Replace("␍", "\r", StringComparison.Ordinal);
}
