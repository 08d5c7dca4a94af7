using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Tables;

/// <summary>
/// Everything of a table that <see cref="TableDiffer"/> reads, compared by value: its rows' cell texts, caption, units,
/// source and notes. Two tables of equal content compare alike with any third.
/// </summary>
internal sealed class TableContent : IEquatable<TableContent>
{
    private readonly IReadOnlyList<IReadOnlyList<string>> _rows;
    private readonly string?[] _fields;
    private readonly int _hash;

    public TableContent(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _rows = table.RowTexts();
        _fields = [table.Caption, table.Units, table.SourceNote, .. table.Notes];
        var hash = new HashCode();
        foreach (var row in _rows)
        {
            hash.Add(row.Count);
            foreach (string cell in row)
            {
                hash.Add(cell, StringComparer.Ordinal);
            }
        }

        foreach (string? field in _fields)
        {
            hash.Add(field, StringComparer.Ordinal);
        }

        _hash = hash.ToHashCode();
    }

    /// <inheritdoc />
    public bool Equals(TableContent? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && _fields.SequenceEqual(other._fields, StringComparer.Ordinal)
            && _rows.Count == other._rows.Count && _rows.Zip(other._rows).All(r => r.First.SequenceEqual(r.Second, StringComparer.Ordinal))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TableContent);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
