namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Pairs sections by heading and content. Score = mean of heading similarity (word Dice of the headings; two
/// untitled leads count as 1) and content similarity (word-bag Dice of their own blocks), using only the parts that
/// exist. Pairs are taken greedily, best score first, while the score reaches the threshold.
/// </summary>
internal static class SectionAligner
{
    public static List<SectionPair> Pair(EditionSide older, EditionSide newer, double threshold)
    {
        var candidates = new List<SectionPair>();
        foreach (var o in older.Sections)
        {
            foreach (var n in newer.Sections)
            {
                var pair = Score(o, n);
                if (pair.Score >= threshold)
                {
                    candidates.Add(pair);
                }
            }
        }

        var usedOlder = new HashSet<int>();
        var usedNewer = new HashSet<int>();
        var pairs = new List<SectionPair>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.Older.Index - c.Newer.Index)).ThenBy(c => c.Newer.Index))
        {
            if (usedOlder.Add(c.Older.Index))
            {
                if (usedNewer.Add(c.Newer.Index))
                {
                    pairs.Add(c);
                }
                else
                {
                    usedOlder.Remove(c.Older.Index);
                }
            }
        }

        return pairs.OrderBy(p => p.Newer.Index).ToList();
    }

    public static SectionPair Score(SectionInfo o, SectionInfo n)
    {
        double? heading = (o.HeadingBag, n.HeadingBag) switch
        {
            (null, null) => 1.0,
            ({ } a, { } b) => a.Dice(b),
            _ => null,
        };
        double? content = o.ContentBag.Count + n.ContentBag.Count == 0 ? null : o.ContentBag.Dice(n.ContentBag);
        double score = (heading, content) switch
        {
            ({ } h, { } c) => (h + c) / 2,
            ({ } h, null) => h,
            (null, { } c) => c,
            _ => 0,
        };
        return new SectionPair(o, n, score, heading, content);
    }
}
