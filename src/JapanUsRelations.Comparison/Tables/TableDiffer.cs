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

        var caption = Field(older.Caption, newer.Caption);
        var units = Field(older.Units, newer.Units);
        var source = Field(older.SourceNote, newer.SourceNote);
        var notes = Field(NotesText(older), NotesText(newer));
        var fields = new[] { caption, units, source, notes };
        var changedCells = cells.Where(c => c.Status != CellStatus.Unchanged).ToList();
        return new TableComparison(columns.Select(c => c.Label).ToList(), rows.Select(r => r.Label).ToList(), cells)
        {
            Caption = caption,
            Units = units,
            Source = source,
            Notes = notes,
            RowChanges = RowFates(rows, oLabels, nLabels, cells),
            WordsAdded = changedCells.Sum(c => Tokenizer.CountWords(c.Newer ?? "")) + fields.Sum(f => Words(f, WordOperationKind.Insert)),
            WordsRemoved = changedCells.Sum(c => Tokenizer.CountWords(c.Older ?? "")) + fields.Sum(f => Words(f, WordOperationKind.Delete)),
        };
    }

    /// <summary>A table's note lines as one text, a line each; null when it has none.</summary>
    private static string? NotesText(Table table) => table.Notes.Count == 0 ? null : string.Join('\n', table.Notes);

    private static TextFieldComparison Field(string? older, string? newer) =>
        new(older, newer, older is null && newer is null ? [] : WordDiff.Diff(older ?? "", newer ?? "").Operations);

    private static int Words(TextFieldComparison field, WordOperationKind kind) =>
        field.Operations.Where(o => o.IsChange && o.Kind == kind).Sum(o => Tokenizer.CountWords(o.Text));

    /// <summary>
    /// Rows on both sides keep their place when they lie on the longest run that keeps the older order; the others
    /// moved. One reordered row is one move, not a change to every row it passed.
    /// </summary>
    private static List<RowComparison> RowFates(List<(string Key, string Label)> rows, List<(string Key, string Label)> oLabels, List<(string Key, string Label)> nLabels, List<CellComparison> cells)
    {
        var shared = nLabels.Select(n => IndexOf(oLabels, n.Key)).Where(i => i >= 0).ToList();
        var inOrder = LongestRun.Increasing(shared).Select(p => shared[p]).ToHashSet();
        var fates = new List<RowComparison>();
        foreach (var (key, label) in rows)
        {
            int oi = IndexOf(oLabels, key);
            int ni = IndexOf(nLabels, key);
            int changed = cells.Count(c => string.Equals(c.RowLabel, label, StringComparison.Ordinal) && c.Status == CellStatus.Changed);
            var status = oi < 0 ? RowStatus.Added
                : ni < 0 ? RowStatus.Removed
                : !inOrder.Contains(oi) ? RowStatus.Moved
                : changed > 0 ? RowStatus.Changed : RowStatus.Unchanged;
            fates.Add(new RowComparison(label, status, oi < 0 ? null : oi + 1, ni < 0 ? null : ni + 1, changed));
        }

        return fates;
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
