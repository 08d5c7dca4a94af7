using System.Text;

namespace JapanUsRelations.Web.Outputs.Downloads;

/// <summary>
/// RFC 4180 CSV: a header row, CRLF line ends, a field quoted when it holds a comma, quote or line break (quotes
/// doubled). A text field a spreadsheet would run as a formula (starting <c>=</c>, <c>+</c>, <c>@</c>, tab, or
/// <c>-</c> not followed by a digit) is prefixed with an apostrophe, so seed text never becomes live.
/// </summary>
public static class CsvTable
{
    /// <summary>The table as UTF-8 CSV text.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        Row(csv, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"A row has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            }

            Row(csv, row);
        }

        return csv.ToString();
    }

    /// <summary>One field as written.</summary>
    public static string Field(string? value)
    {
        string text = value ?? "";
        if (text.Length > 0 && (text[0] is '=' or '+' or '@' or '\t' or '\r' || (text[0] == '-' && (text.Length == 1 || !char.IsAsciiDigit(text[1])))))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string?> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
}
