using JapanUsRelations.Comparison.Diffing;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Pairs sections by heading and content. Score = mean of heading similarity (word Dice of the headings; two
/// untitled leads count as 1) and content similarity (word-bag Dice of their own blocks), using only the parts that
/// exist. Pairs are taken greedily, best score first, while the score reaches the threshold.
/// </summary>
internal static class SectionAligner
{
    /// <summary>Least topic agreement for the subject pass.</summary>
    private const double SubjectAgreement = 0.5;

    /// <param name="older">The older side.</param>
    /// <param name="newer">The newer side.</param>
    /// <param name="threshold">Least score of a pair.</param>
    /// <param name="memo">Scores kept from the previous pair of a chain (none when null).</param>
    /// <param name="scoreAll">Scores every candidate before pairing (the full path the tests hold the best-first one to).</param>
    public static List<SectionPair> Pair(EditionSide older, EditionSide newer, double threshold, DiceMemo? memo = null, bool scoreAll = false)
    {
        var usedOlder = new HashSet<int>(older.Sections.Count);
        var usedNewer = new HashSet<int>(newer.Sections.Count);
        var pairs = scoreAll ? PairScoringAll(older, newer, threshold, memo, usedOlder, usedNewer) : PairBestFirst(older, newer, threshold, memo, usedOlder, usedNewer);
        PairBySubject(older, newer, threshold, usedOlder, usedNewer, pairs, memo);
        return pairs.OrderBy(p => p.Newer.Index).ToList();
    }

    // Every candidate scored, then taken greedily: best score first, then the nearer in reading order, then the
    // earlier newer section, then the earlier older one; a candidate whose sections are taken already is passed over.
    private static List<SectionPair> PairScoringAll(EditionSide older, EditionSide newer, double threshold, DiceMemo? memo, HashSet<int> usedOlder, HashSet<int> usedNewer)
    {
        var candidates = new List<SectionPair>();
        foreach (var o in older.Sections)
        {
            foreach (var n in newer.Sections)
            {
                if (Mean(Bound(o, n)) < threshold)
                {
                    continue;
                }

                var pair = Score(o, n, memo);
                if (pair.Score >= threshold)
                {
                    candidates.Add(pair);
                }
            }
        }

        var pairs = new List<SectionPair>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.Older.Index - c.Newer.Index)).ThenBy(c => c.Newer.Index))
        {
            if (!usedOlder.Contains(c.Older.Index) && !usedNewer.Contains(c.Newer.Index))
            {
                usedOlder.Add(c.Older.Index);
                usedNewer.Add(c.Newer.Index);
                pairs.Add(c);
            }
        }

        return pairs;
    }

    /// <summary>
    /// The same pairs as <see cref="PairScoringAll"/>, scoring only the candidates that can still be taken: the
    /// candidates wait in a queue by their bound (<see cref="Bound"/>, never below the score), a bound that comes first is
    /// scored and queued again by its score, and a score that comes first is the best candidate left (every bound left
    /// is at most that score, and a bound equal to it comes before it). A candidate whose sections are taken by then is
    /// dropped unscored: along a chain most sections pair with their unchanged twin at score 1, and every other
    /// candidate of theirs is never scored.
    /// </summary>
    private static List<SectionPair> PairBestFirst(EditionSide older, EditionSide newer, double threshold, DiceMemo? memo, HashSet<int> usedOlder, HashSet<int> usedNewer)
    {
        var queue = new PriorityQueue<SectionPair, Rank>(older.Sections.Count + newer.Sections.Count);
        foreach (var o in older.Sections)
        {
            foreach (var n in newer.Sections)
            {
                double bound = Mean(Bound(o, n));
                if (bound >= threshold)
                {
                    queue.Enqueue(new SectionPair(o, n, bound, null, null), new Rank(bound, IsBound: true, o.Index, n.Index));
                }
            }
        }

        var pairs = new List<SectionPair>();
        while (queue.TryDequeue(out var candidate, out var rank))
        {
            if (usedOlder.Contains(candidate.Older.Index) || usedNewer.Contains(candidate.Newer.Index))
            {
                continue;
            }

            if (rank.IsBound)
            {
                var scored = Score(candidate.Older, candidate.Newer, memo);
                if (scored.Score >= threshold)
                {
                    queue.Enqueue(scored, rank with { Value = scored.Score, IsBound = false });
                }

                continue;
            }

            usedOlder.Add(candidate.Older.Index);
            usedNewer.Add(candidate.Newer.Index);
            pairs.Add(candidate);
        }

        return pairs;
    }

    /// <summary>
    /// A second pass for sections left alone when an edition was restructured ("Bilateral Economic Relations" →
    /// "Economic and Trade Issues"): the score adds subject similarity (Dice of the sections' topic sets) as a third
    /// part, and the subjects must agree at least <see cref="SubjectAgreement"/>.
    /// </summary>
    private static void PairBySubject(EditionSide older, EditionSide newer, double threshold, HashSet<int> usedOlder, HashSet<int> usedNewer, List<SectionPair> pairs, DiceMemo? memo)
    {
        var candidates = new List<SectionPair>();
        foreach (var o in older.Sections.Where(o => !usedOlder.Contains(o.Index) && o.Topics.Count > 0))
        {
            foreach (var n in newer.Sections.Where(n => !usedNewer.Contains(n.Index) && n.Topics.Count > 0))
            {
                double subject = 2.0 * o.Topics.Count(n.Topics.Contains) / (o.Topics.Count + n.Topics.Count);
                var (headingBound, contentBound) = Bound(o, n);
                if (subject < SubjectAgreement || new[] { headingBound, contentBound, subject }.OfType<double>().Average() < threshold)
                {
                    continue;
                }

                var plain = Score(o, n, memo);
                var parts = new[] { plain.Heading, plain.Content, subject }.OfType<double>().ToList();
                double score = parts.Average();
                if (subject >= SubjectAgreement && score >= threshold)
                {
                    candidates.Add(plain with { Score = score, Subject = subject });
                }
            }
        }

        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Newer.Index))
        {
            if (!usedOlder.Contains(c.Older.Index) && !usedNewer.Contains(c.Newer.Index))
            {
                usedOlder.Add(c.Older.Index);
                usedNewer.Add(c.Newer.Index);
                pairs.Add(c);
            }
        }
    }

    public static SectionPair Score(SectionInfo o, SectionInfo n, DiceMemo? memo = null)
    {
        double? heading = Heading(o, n);
        double? content = o.ContentBag.Count + n.ContentBag.Count == 0 ? null : Dice(o.ContentBag, n.ContentBag, memo);
        return new SectionPair(o, n, Mean((heading, content)), heading, content);
    }

    /// <summary>
    /// The heading similarity and an upper bound on the content similarity, without the content bags: Dice shares at
    /// most the smaller section's words, 2 × min / (sum). A pair whose score at that bound misses the threshold is
    /// no candidate whatever its content, so its bags are never counted or compared.
    /// </summary>
    private static (double? Heading, double? Content) Bound(SectionInfo o, SectionInfo n)
    {
        int a = o.ContentWords, b = n.ContentWords;
        return (Heading(o, n), a + b == 0 ? null : 2.0 * Math.Min(a, b) / (a + b));
    }

    // Headings are a few words: their Dice costs less than looking it up in a memo.
    private static double? Heading(SectionInfo o, SectionInfo n) => (o.HeadingBag, n.HeadingBag) switch
    {
        (null, null) => 1.0,
        ({ } a, { } b) => a.Dice(b),
        _ => null,
    };

    private static double Dice(WordBag a, WordBag b, DiceMemo? memo) => memo?.Dice(a, b) ?? a.Dice(b);

    /// <summary>The mean of the parts that exist (0 when none does).</summary>
    private static double Mean((double? Heading, double? Content) parts) => parts switch
    {
        ({ } h, { } c) => (h + c) / 2,
        ({ } h, null) => h,
        (null, { } c) => c,
        _ => 0,
    };
}
