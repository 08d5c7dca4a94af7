using JapanUsRelations.Ingestion.Enrichment.Facts;

namespace JapanUsRelations.Lineage;

/// <summary>
/// Pairs the sentences of two linked paragraphs: identical sentences first (in order), then the remaining ones by
/// the share of words they have in common (Dice over word multisets), best pairs first, down to
/// <see cref="Threshold"/>. A sentence left over is new (newer side) or removed (older side).
/// </summary>
internal static class SentencePairer
{
    /// <summary>Least share of words two sentences must have in common to be the same sentence reworded.</summary>
    public const double Threshold = 0.5;

    /// <summary>The pairs, as (older sentence number, newer sentence number, reworded?, share), numbers from 1.</summary>
    public static IReadOnlyList<(int Older, int Newer, bool Reworded, double Share)> Pair(string older, string newer)
    {
        var olderSentences = SentenceSplitter.Split(older).Select(s => s.Text.Trim()).ToList();
        var newerSentences = SentenceSplitter.Split(newer).Select(s => s.Text.Trim()).ToList();
        var olderUsed = new bool[olderSentences.Count];
        var newerUsed = new bool[newerSentences.Count];
        var pairs = new List<(int, int, bool, double)>();
        var olderByText = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (int i = 0; i < olderSentences.Count; i++)
        {
            if (!olderByText.TryGetValue(olderSentences[i], out var queue))
            {
                olderByText[olderSentences[i]] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        for (int j = 0; j < newerSentences.Count; j++)
        {
            if (olderByText.TryGetValue(newerSentences[j], out var queue) && queue.Count > 0)
            {
                int i = queue.Dequeue();
                olderUsed[i] = newerUsed[j] = true;
                pairs.Add((i + 1, j + 1, false, 1.0));
            }
        }

        // Only sentences left unpaired are compared by their words (most of a changed paragraph is unchanged).
        var candidates = new List<(int Older, int Newer, double Share)>();
        var newerWords = new SentenceWords?[newerSentences.Count];
        for (int i = 0; i < olderSentences.Count; i++)
        {
            if (olderUsed[i])
            {
                continue;
            }

            var olderWords = SentenceWords.Of(olderSentences[i]);
            for (int j = 0; j < newerSentences.Count; j++)
            {
                if (!newerUsed[j] && olderWords.Dice(newerWords[j] ??= SentenceWords.Of(newerSentences[j])) is var share and >= Threshold)
                {
                    candidates.Add((i, j, share));
                }
            }
        }

        foreach (var (i, j, share) in candidates.OrderByDescending(c => c.Share).ThenBy(c => c.Newer).ThenBy(c => c.Older))
        {
            if (!olderUsed[i] && !newerUsed[j])
            {
                olderUsed[i] = newerUsed[j] = true;
                pairs.Add((i + 1, j + 1, true, share));
            }
        }

        return pairs.OrderBy(p => p.Item2).ToList();
    }
}
