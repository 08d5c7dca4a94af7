using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tables;

/// <summary>
/// Table comparisons kept from one pair of a chain to the next: a table unchanged along a chain is compared with the
/// same content at every step, and <see cref="TableDiffer"/>'s result depends on the two tables' content alone
/// (<see cref="TableContent"/>), so a kept result is the result. Holds the current and the previous pair's only
/// (<see cref="NextPair"/>), so memory stays flat along the chain. Not thread-safe: one chain, one caller at a time.
/// </summary>
internal sealed class TableMemo
{
    private Dictionary<(TableContent, TableContent), TableComparison> _current = [];
    private Dictionary<(TableContent, TableContent), TableComparison> _previous = [];
    private Dictionary<Table, TableContent> _contents = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Table, TableContent> _previousContents = new(ReferenceEqualityComparer.Instance);

    /// <summary><see cref="TableDiffer.Compare"/> of the two tables, computed at most once while kept.</summary>
    public TableComparison Compare(Table older, Table newer)
    {
        var key = (Content(older), Content(newer));
        if (_current.TryGetValue(key, out var comparison))
        {
            return comparison;
        }

        if (!_previous.TryGetValue(key, out comparison))
        {
            comparison = TableDiffer.Compare(older, newer);
        }

        _current[key] = comparison;
        return comparison;
    }

    /// <summary>Starts the next pair: what the last pair asked for is kept for it, older results dropped.</summary>
    public void NextPair()
    {
        (_previous, _current) = (_current, new(_current.Count));
        (_previousContents, _contents) = (_contents, new(ReferenceEqualityComparer.Instance));
    }

    // A table's content, read once per table object (a chain's newer edition is the next pair's older one).
    private TableContent Content(Table table)
    {
        if (!_contents.TryGetValue(table, out var content))
        {
            content = _previousContents.GetValueOrDefault(table) ?? new TableContent(table);
            _contents[table] = content;
        }

        return content;
    }
}
