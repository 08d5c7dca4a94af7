namespace JapanUsRelations.Store;

/// <summary>
/// The editions' contents read so far, kept up to a bound of text characters (least recently used dropped first),
/// so memory stays bounded however many editions the database holds. Concurrent first readers of one edition share
/// one read.
/// </summary>
/// <param name="load">Reads one edition's content by its row id.</param>
/// <param name="maxCharacters">The bound, in characters of stored text (roughly twice that in bytes).</param>
internal sealed class EditionContentCache(Func<long, EditionContent> load, long maxCharacters)
{
    private readonly Dictionary<long, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recent = new();
    private readonly Lock _lock = new();
    private long _held;

    /// <summary>Editions whose content is held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The content of the edition with this row id, read now if not held.</summary>
    public EditionContent Get(long editionRowId)
    {
        Entry entry;
        lock (_lock)
        {
            if (_entries.TryGetValue(editionRowId, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                entry = node.Value;
            }
            else
            {
                entry = new Entry(editionRowId, new Lazy<EditionContent>(() => load(editionRowId), LazyThreadSafetyMode.ExecutionAndPublication));
                _entries[editionRowId] = _recent.AddFirst(entry);
            }
        }

        EditionContent content;
        try
        {
            content = entry.Content.Value;
        }
        catch (Exception)
        {
            Forget(entry);
            throw;
        }

        if (entry.Size < 0)
        {
            Account(entry, content.Size);
        }

        return content;
    }

    /// <summary>Drops an entry whose read failed, so the next reader tries again (a <see cref="Lazy{T}"/> keeps its exception).</summary>
    private void Forget(Entry entry)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(entry.Id, out var node) && ReferenceEquals(node.Value, entry))
            {
                _recent.Remove(node);
                _entries.Remove(entry.Id);
            }
        }
    }

    private void Account(Entry entry, long size)
    {
        lock (_lock)
        {
            if (entry.Size >= 0 || !_entries.TryGetValue(entry.Id, out var node) || !ReferenceEquals(node.Value, entry))
            {
                return;
            }

            entry.Size = size;
            _held += size;
            while (_held > maxCharacters && _recent.Count > 1 && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _entries.Remove(oldest.Value.Id);
                _held -= Math.Max(0, oldest.Value.Size);
            }
        }
    }

    private sealed class Entry(long id, Lazy<EditionContent> content)
    {
        public long Id { get; } = id;

        public Lazy<EditionContent> Content { get; } = content;

        /// <summary>Characters counted against the bound; -1 until counted.</summary>
        public long Size { get; set; } = -1;
    }
}
