using System.Globalization;
using System.Text.RegularExpressions;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// Makes one fact per numeric body cell of a figure table: row label, column header, the table's units ("U.S. $
/// billions" → USD × 10^9) and the data year (the caption's last year). The quote is the table row's line of the
/// block text. A cell in a column a table kind names gets that kind, filled with the row's label.
/// </summary>
internal sealed partial class TableFactExtractor
{
    private readonly List<(FactKind Kind, Regex Caption, Regex Column)> kinds;

    public TableFactExtractor(FactKindCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        kinds = [.. catalogue.Kinds
            .Where(k => k.ValueType == ValueTypeWords.TableCell)
            .Select(k => (k, FactKind.Compile(k.Caption)!, FactKind.Compile(k.Column)!))];
    }

    /// <summary>The facts of a table block; none for a block without a table.</summary>
    public IEnumerable<Fact> Extract(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Table is not { } table)
        {
            yield break;
        }

        var (unit, scale) = Units(table.Units);
        var dataYear = table.Caption is null ? null : Years().Matches(table.Caption).LastOrDefault() is { } y
            ? int.Parse(y.Value, CultureInfo.InvariantCulture) : (int?)null;
        foreach (var cell in table.Cells.Where(c => c.Row > 0 && c.Column > 0))
        {
            var numeral = Numeral().Match(cell.Text.Trim());
            var rowLabel = table.CellAt(cell.Row, 0)?.Text.Trim();
            var columnLabel = table.CellAt(0, cell.Column)?.Text.Trim();
            if (!numeral.Success || string.IsNullOrEmpty(rowLabel) || string.IsNullOrEmpty(columnLabel)
                || Locate(block.Text, rowLabel, numeral.Value) is not (var quote, var quoteStart, var offset))
            {
                continue;
            }

            var number = NumberText.Normalise(NumberText.ParseNumeral(numeral.Value) * scale);
            var kind = kinds.FirstOrDefault(k => table.Caption is not null && k.Caption.IsMatch(table.Caption) && k.Column.IsMatch(columnLabel)).Kind;
            yield return new Fact
            {
                Kind = kind is null ? null : FactKindCatalogue.Instance(kind, rowLabel).Kind,
                BlockAnchor = block.Anchor,
                Text = numeral.Value,
                Quote = quote,
                Number = number,
                Value = NumberText.Format(number),
                Unit = unit,
                DataYear = dataYear,
                RowLabel = rowLabel,
                ColumnLabel = columnLabel,
                Offset = quoteStart + offset,
            };
        }
    }

    /// <summary>The line of the block text holding the row, where it starts, and where the value sits in it.</summary>
    private static (string Quote, int Start, int Offset)? Locate(string text, string rowLabel, string value)
    {
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var labelAt = line.IndexOf(rowLabel, StringComparison.Ordinal);
            var valueAt = labelAt < 0 ? -1 : IndexOfNumber(line, value, labelAt + rowLabel.Length);
            if (valueAt >= 0)
            {
                return (line, start, valueAt);
            }

            start += line.Length + 1;
        }

        return null;
    }

    private static int IndexOfNumber(string line, string value, int from)
    {
        for (var at = line.IndexOf(value, from, StringComparison.Ordinal); at >= 0; at = line.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : line[at - 1];
            var after = at + value.Length >= line.Length ? ' ' : line[at + value.Length];
            if (!char.IsDigit(before) && before != '.' && !char.IsDigit(after) && after != '.')
            {
                return at;
            }
        }

        return -1;
    }

    private static (string? Unit, decimal Scale) Units(string? units)
    {
        if (units is null)
        {
            return (null, 1m);
        }

        var scale = UnitScale().Match(units) is { Success: true } s ? NumberText.Scale(s.Value.ToLowerInvariant()) : 1m;
        return (units.Contains('$', StringComparison.Ordinal) ? UnitWords.Usd : units, scale);
    }

    [GeneratedRegex(@"^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^-?\d+(?:\.\d+)?$")]
    private static partial Regex Numeral();

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\d\b")]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(?:thousand|millions?|billions?|trillions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitScale();
}
