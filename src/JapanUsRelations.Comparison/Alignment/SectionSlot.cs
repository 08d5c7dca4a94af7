namespace JapanUsRelations.Comparison.Alignment;

/// <summary>An output section while it is being assembled: its two sides and the entries placed in it.</summary>
internal sealed class SectionSlot(SectionInfo? older, SectionInfo? newer, SectionPair? pair)
{
    public SectionInfo? Older { get; } = older;

    public SectionInfo? Newer { get; } = newer;

    public SectionPair? Pair { get; } = pair;

    public List<AlignedEntry> Entries { get; } = [];

    public List<(BlockInfo From, AlignedEntry Entry)> Departures { get; } = [];

    public bool IsOutOfOrder { get; set; }

    /// <summary>Where in <see cref="Entries"/> an older block at <paramref name="olderIndex"/> stood: after the last entry holding an older block before it.</summary>
    public int PositionOf(int olderIndex)
    {
        int position = 0;
        for (int k = 0; k < Entries.Count; k++)
        {
            if (Entries[k].Older.Any(b => b.Index < olderIndex))
            {
                position = k + 1;
            }
        }

        return position;
    }
}
