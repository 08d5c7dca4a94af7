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
        var contributions = new List<Contribution>();
        foreach (var h in _matcher.Match(text))
        {
            contributions.Add(new Contribution(h.Topic, h.Term, h.Weight * Math.Min(h.Count, MaxCountedOccurrences), true));
        }

        if (!string.IsNullOrWhiteSpace(heading))
        {
            foreach (var h in _matcher.Match(heading))
            {
                contributions.Add(new Contribution(h.Topic, h.Term, h.Weight * HeadingFactor, false));
            }
        }

        if (!string.IsNullOrWhiteSpace(parentHeading))
        {
            foreach (var h in _matcher.Match(parentHeading))
            {
                contributions.Add(new Contribution(h.Topic, h.Term, h.Weight * ParentHeadingFactor, false));
            }
        }

        // Topics in the order they first contribute, each summing its contributions in order; highest score first,
        // ties in that order.
        var scores = new List<(int Order, TopicScore Score)>();
        foreach (string topic in Distinct(contributions, c => c.Topic))
        {
            var ofTopic = contributions.FindAll(c => string.Equals(c.Topic, topic, StringComparison.Ordinal));
            double sum = 0;
            foreach (var c in ofTopic)
            {
                sum += c.Points;
            }

            scores.Add((scores.Count, new TopicScore(topic, sum, TermsOf(ofTopic))));
        }

        scores.Sort(static (a, b) => a.Score.Score != b.Score.Score ? b.Score.Score.CompareTo(a.Score.Score) : a.Order.CompareTo(b.Order));
        return scores.ConvertAll(s => s.Score);
    }

    // A topic's terms, most points first (ties in the order they first contribute); a term found only in headings says so.
    private static List<string> TermsOf(List<Contribution> contributions)
    {
        var terms = new List<(int Order, double Points, string Name)>();
        foreach (string term in Distinct(contributions, c => c.Term))
        {
            double points = 0;
            bool inBody = false;
            foreach (var c in contributions)
            {
                if (string.Equals(c.Term, term, StringComparison.Ordinal))
                {
                    points += c.Points;
                    inBody |= c.InBody;
                }
            }

            terms.Add((terms.Count, points, inBody ? term : term + " (heading)"));
        }

        terms.Sort(static (a, b) => a.Points != b.Points ? b.Points.CompareTo(a.Points) : a.Order.CompareTo(b.Order));
        return terms.ConvertAll(t => t.Name);
    }

    private static List<string> Distinct(List<Contribution> contributions, Func<Contribution, string> key)
    {
        var seen = new List<string>();
        foreach (var c in contributions)
        {
            if (!seen.Contains(key(c), StringComparer.Ordinal))
            {
                seen.Add(key(c));
            }
        }

        return seen;
    }

    // One term's points towards its topic, found in the passage (InBody) or in a heading above it.
    private readonly record struct Contribution(string Topic, string Term, double Points, bool InBody);
}
