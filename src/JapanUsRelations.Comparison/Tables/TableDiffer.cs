using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tables;

/// <summary>
/// Compares two tables cell by cell, matching rows by their label (column 0) and columns by their header (row 0),
/// so a reordered ranking still compares Japan with Japan. Labels match ignoring case and typography; an empty or
/// repeated label is matched by position instead.
/// </summary>
internal static class TableDiffer
{
    public static TableComparison Compare(Table older, Table newer)
    {
        var oRows = older.RowTexts();
        var nRows = newer.RowTexts();
        var oCols = Labels(oRows.Count > 0 ? oRows[0] : [], "column");
        var nCols = Labels(nRows.Count > 0 ? nRows[0] : [], "column");
        var oLabels = Labels(oRows.Skip(1).Select(r => r.Count > 0 ? r[0] : "").ToList(), "row");
        var nLabels = Labels(nRows.Skip(1).Select(r => r.Count > 0 ? r[0] : "").ToList(), "row");

        var columns = Union(nCols, oCols);
        var rows = Union(nLabels, oLabels);
        var cells = new List<CellComparison>();
        foreach (var (rowKey, rowLabel) in rows)
        {
            int oi = IndexOf(oLabels, rowKey);
            int ni = IndexOf(nLabels, rowKey);
            foreach (var (colKey, colLabel) in columns.Skip(1))
            {
                string? o = Cell(oRows, oi, IndexOf(oCols, colKey));
                string? n = Cell(nRows, ni, IndexOf(nCols, colKey));
                if (o is null && n is null)
                {
                    continue;
                }

                var status = o is null ? CellStatus.Added
                    : n is null ? CellStatus.Removed
                    : string.Equals(Key(o), Key(n), StringComparison.Ordinal) ? CellStatus.Unchanged : CellStatus.Changed;
                cells.Add(new CellComparison(rowLabel, colLabel, o, n, status));
            }
        }

        return new TableComparison(columns.Select(c => c.Label).ToList(), rows.Select(r => r.Label).ToList(), cells);
    }

    private static string? Cell(IReadOnlyList<IReadOnlyList<string>> rows, int dataRow, int column) =>
        dataRow < 0 || column < 0 || dataRow + 1 >= rows.Count || column >= rows[dataRow + 1].Count ? null : rows[dataRow + 1][column];

    private static int IndexOf(List<(string Key, string Label)> labels, string key) => labels.FindIndex(l => string.Equals(l.Key, key, StringComparison.Ordinal));

    private static List<(string Key, string Label)> Union(List<(string Key, string Label)> first, List<(string Key, string Label)> second) =>
        first.Concat(second.Where(s => IndexOf(first, s.Key) < 0)).ToList();

    private static List<(string Key, string Label)> Labels(IReadOnlyList<string> texts, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var labels = new List<(string, string)>();
        for (int i = 0; i < texts.Count; i++)
        {
            string key = Key(texts[i]);
            if (key.Length == 0 || !seen.Add(key))
            {
                key = $"#{what}{i}";
            }

            labels.Add((key, texts[i].Trim()));
        }

        return labels;
    }

    private static string Key(string text) => Typography.NormalizeText(text).Trim().ToUpperInvariant();
}
