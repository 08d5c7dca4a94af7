namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// Stage 2: scores a passage for every topic. A term in the passage adds its weight per occurrence, up to
/// <see cref="MaxCountedOccurrences"/>; a term in the passage's section heading adds <see cref="HeadingFactor"/> ×
/// its weight, one in the parent section's heading <see cref="ParentHeadingFactor"/> × its weight (once each).
/// </summary>
public sealed class TopicScorer
{
    /// <summary>Occurrences of one term that count (a paragraph saying "China" five times is not five times as Chinese).</summary>
    public const int MaxCountedOccurrences = 3;

    /// <summary>Weight factor of a term in the section's own heading.</summary>
    public const double HeadingFactor = 1.0;

    /// <summary>Weight factor of a term in the parent section's heading.</summary>
    public const double ParentHeadingFactor = 0.5;

    private readonly TermMatcher _matcher;
    // Scores per (heading, parent heading), then per passage text: the passage (a kilobyte or so) is looked up as it
    // is, not copied into one key with its headings for every block of every edition.
    private readonly TextMemo<TextMemo<IReadOnlyList<TopicScore>>> _memo = new(20_000);

    /// <summary>Scores with the terms of <paramref name="matcher"/>.</summary>
    public TopicScorer(TermMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        _matcher = matcher;
    }

    /// <summary>Every topic with a positive score, highest first (ties in taxonomy order).</summary>
    public IReadOnlyList<TopicScore> Score(string text, string? heading, string? parentHeading)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A pure function of the three texts; successive editions repeat most passages, so each is scored once.
        var underHeadings = _memo.Get(string.Concat(heading, "\u0001", parentHeading), static _ => new TextMemo<IReadOnlyList<TopicScore>>(50_000));
        return underHeadings.Get(text, _ => Compute(text, heading, parentHeading));
    }

    private List<TopicScore> Compute(string text, string? heading, string? parentHeading)
    {
        var contributions = new List<(string Topic, string Term, double Points, bool InBody)>();
        contributions.AddRange(_matcher.Match(text).Select(h => (h.Topic, h.Term, h.Weight * Math.Min(h.Count, MaxCountedOccurrences), true)));
        if (!string.IsNullOrWhiteSpace(heading))
        {
            contributions.AddRange(_matcher.Match(heading).Select(h => (h.Topic, h.Term, h.Weight * HeadingFactor, false)));
        }

        if (!string.IsNullOrWhiteSpace(parentHeading))
        {
            contributions.AddRange(_matcher.Match(parentHeading).Select(h => (h.Topic, h.Term, h.Weight * ParentHeadingFactor, false)));
        }

        return contributions
            .GroupBy(c => c.Topic, StringComparer.Ordinal)
            .Select((g, order) => (Order: order, Score: new TopicScore(g.Key, g.Sum(c => c.Points), TermsOf(g))))
            .OrderByDescending(s => s.Score.Score)
            .ThenBy(s => s.Order)
            .Select(s => s.Score)
            .ToList();
    }

    private static List<string> TermsOf(IEnumerable<(string Topic, string Term, double Points, bool InBody)> contributions) =>
        contributions
            .GroupBy(c => c.Term, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(c => c.Points))
            .Select(g => g.Any(c => c.InBody) ? g.Key : g.Key + " (heading)")
            .ToList();
}
