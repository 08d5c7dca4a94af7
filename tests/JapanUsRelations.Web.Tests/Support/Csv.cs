using System.Text;

namespace JapanUsRelations.Web.Tests.Support;

/// <summary>An independent RFC 4180 reader for tests: quoted fields with commas, doubled quotes and line breaks; CRLF rows.</summary>
public static class Csv
{
    /// <summary>The rows, header first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else { field.Append(c); }
        }

        quoted.Should().BeFalse("every quoted field is closed");
        (row.Count == 0 && field.Length == 0).Should().BeTrue("the last row ends with CRLF");
        return rows;
    }

    /// <summary>Rows as dictionaries keyed by the header.</summary>
    public static IReadOnlyList<Dictionary<string, string>> Records(string text)
    {
        var rows = Parse(text);
        rows.Skip(1).Should().OnlyContain(r => r.Count == rows[0].Count, "every row has the header's fields");
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }
}
