using System.Collections.Concurrent;

namespace JapanUsRelations.Ingestion.Enrichment;

/// <summary>
/// Remembers the result of a pure function of a text, for the stages (enrichers, inline renderings): successive editions of a report repeat most of
/// their paragraphs word for word, so each distinct text is classified once per ingestion. Thread-safe (parsing runs
/// on every core); bounded: past <see cref="Capacity"/> entries it starts again empty.
/// </summary>
/// <typeparam name="TValue">The function's (immutable) result.</typeparam>
public sealed class TextMemo<TValue>
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);

    // Texts computed since the memo was last emptied (ConcurrentDictionary.Count takes every lock of the table, and
    // every thread asks on every miss); a race may count one text twice, which only empties the memo a little sooner.
    private int _count;

    /// <summary>Creates a memo holding at most <paramref name="capacity"/> texts.</summary>
    public TextMemo(int capacity = 200_000) => Capacity = capacity;

    /// <summary>The most texts kept at once.</summary>
    public int Capacity { get; }

    /// <summary>The remembered result for <paramref name="text"/>, computing it with <paramref name="compute"/> the first time.</summary>
    public TValue Get(string text, Func<string, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(compute);
        if (_values.TryGetValue(text, out var known))
        {
            return known;
        }

        if (Volatile.Read(ref _count) >= Capacity)
        {
            _values.Clear();
            Volatile.Write(ref _count, 0);
        }

        Interlocked.Increment(ref _count);
        return _values.GetOrAdd(text, compute);
    }
}
