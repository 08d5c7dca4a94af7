namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// A section candidate's place in <see cref="SectionAligner"/>'s best-first queue, first out first: the higher value;
/// at equal value a bound before a score (the bound's own score may tie and come earlier); then the nearer in reading
/// order, the earlier newer section and the earlier older section (the order in which the scored candidates are taken).
/// </summary>
/// <param name="Value">The candidate's score, or its bound while it is not scored.</param>
/// <param name="IsBound">True while <paramref name="Value"/> is the bound.</param>
/// <param name="Older">The older section's index.</param>
/// <param name="Newer">The newer section's index.</param>
internal readonly record struct Rank(double Value, bool IsBound, int Older, int Newer) : IComparable<Rank>
{
    /// <inheritdoc />
    public int CompareTo(Rank other)
    {
        int c = other.Value.CompareTo(Value);
        if (c != 0)
        {
            return c;
        }

        if (IsBound != other.IsBound)
        {
            return IsBound ? -1 : 1;
        }

        c = Math.Abs(Older - Newer).CompareTo(Math.Abs(other.Older - other.Newer));
        return c != 0 ? c : Newer != other.Newer ? Newer.CompareTo(other.Newer) : Older.CompareTo(other.Older);
    }
}
