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

        if (_values.Count >= Capacity)
        {
            _values.Clear();
        }

        return _values.GetOrAdd(text, compute);
    }
}
