using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Tables;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison;

/// <summary>
/// Compares the successive pairs of one chain of editions, one pair at a time, keeping what the last pair prepared:
/// when a pair's older edition is the previous pair's newer one its prepared side is reused (each edition of a
/// chain is tokenised once), a block whose text the previous edition had takes its tokens, and section scores and table comparisons the
/// previous pair computed are taken from it. The comparisons are those
/// <see cref="EditionComparer.Compare(Edition, Edition, ComparisonOptions?)"/> gives. Not thread-safe: one chain, one
/// caller at a time (a caller may hand the comparer from thread to thread between pairs).
/// </summary>
public sealed class EditionChainComparer
{
    private readonly ComparisonOptions _options;
    private readonly DiceMemo _memo = new();
    private readonly TableMemo _tables = new();
    private (Edition Given, Edition Ensured, EditionSide Side)? _last;

    /// <summary>A comparer with <paramref name="options"/> (<see cref="ComparisonOptions.Default"/> when null).</summary>
    public EditionChainComparer(ComparisonOptions? options = null)
    {
        _options = options ?? ComparisonOptions.Default;
        _options.Validate();
    }

    /// <summary>The newer edition of the last pair compared, or null before the first.</summary>
    public Edition? Last => _last?.Given;

    /// <summary>Compares <paramref name="older"/> (left) with <paramref name="newer"/> (right).</summary>
    public EditionComparison Compare(Edition older, Edition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var o = Prepare(older, _last?.Side);
        var n = Prepare(newer, o.Side);
        _last = (newer, n.Ensured, n.Side);
        _memo.NextPair();
        _tables.NextPair();
        return EditionComparer.Compare(o.Ensured, o.Side, n.Ensured, n.Side, _options, _memo, _tables);
    }

    private (Edition Ensured, EditionSide Side) Prepare(Edition edition, EditionSide? previous)
    {
        if (_last is { } kept && ReferenceEquals(kept.Given, edition))
        {
            return (kept.Ensured, kept.Side);
        }

        var ensured = Findings.Ensure(edition);
        return (ensured, new EditionSide(ensured, previous));
    }
}
