namespace JapanUsRelations.Comparison.Alignment;

/// <summary>The entries found so far, findable by any older or newer block they hold.</summary>
internal sealed class EntryBook
{
    private readonly Dictionary<int, AlignedEntry> _byOlder = [];
    private readonly Dictionary<int, AlignedEntry> _byNewer = [];

    public AlignedEntry? ForOlder(BlockInfo b) => _byOlder.GetValueOrDefault(b.Index);

    public AlignedEntry? ForNewer(BlockInfo b) => _byNewer.GetValueOrDefault(b.Index);

    public void Add(AlignedEntry entry)
    {
        foreach (var b in entry.Older)
        {
            _byOlder[b.Index] = entry;
        }

        foreach (var b in entry.Newer)
        {
            _byNewer[b.Index] = entry;
        }
    }

    public void Remove(AlignedEntry? entry)
    {
        if (entry is null)
        {
            return;
        }

        foreach (var b in entry.Older)
        {
            _byOlder.Remove(b.Index);
        }

        foreach (var b in entry.Newer)
        {
            _byNewer.Remove(b.Index);
        }
    }

    public IEnumerable<AlignedEntry> All => _byOlder.Values.Concat(_byNewer.Values).Distinct();
}
