using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// Stage 1 of topic classification: finds every taxonomy term in a text (see <see cref="TermPattern"/>). The longest
/// term wins: an occurrence inside a longer matched term does not count ("foreign direct investment" is one hit, not
/// also "direct investment" and "investment"; the "Steel" of "Nippon Steel" is not the trade term "steel"), and within
/// one topic overlapping terms count once. The same words matched by terms of equal length in two topics count for both.
/// </summary>
public sealed class TermMatcher
{
    private readonly IReadOnlyList<(string Topic, TopicTerm Term, Regex Pattern)> _terms;
    private readonly string[] _needles;
    private readonly (string[] Whole, string LastStart)[] _wholeWords;
    private readonly TextMemo<IReadOnlyList<TermHit>> _memo = new();

    /// <summary>Compiles the patterns of every term of the taxonomy.</summary>
    public TermMatcher(TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _terms = taxonomy.Topics
            .SelectMany(t => t.Terms.Select(term => (t.Slug, term, TermPattern.For(term.Phrase))))
            .ToList();
        _needles = _terms.Select(t => WordPrefix.Needle(t.Term.Phrase)).ToArray();
        _wholeWords = _terms.Select(t => WordPrefix.WholeWords(t.Term.Phrase.Trim())).ToArray();
    }

    /// <summary>The terms found in <paramref name="text"/>, in taxonomy order, each with its number of occurrences.</summary>
    public IReadOnlyList<TermHit> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A pure function of the text: a heading is matched once, not once per passage under it, and a passage once
        // however often its section is renamed.
        return _memo.Get(text, Find);
    }

    private List<TermHit> Find(string text)
    {
        // A term can only match where a word of the text starts with the term's first letters, and the text holds its
        // other words (see WordPrefix), so only those terms' patterns run; texts with non-ASCII letters run every pattern.
        var words = WordPrefix.Words(text);
        var raw = new List<Occurrence>();
        for (int order = 0; order < _terms.Count; order++)
        {
            if (words is null || MayMatch(words, order))
            {
                foreach (var m in _terms[order].Pattern.EnumerateMatches(text))
                {
                    raw.Add(new Occurrence(order, m.Index, m.Index + m.Length, raw.Count));
                }
            }
        }

        // Longest first, then in taxonomy order, then in the order found.
        raw.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Found.CompareTo(b.Found));

        // An occurrence is shadowed by a kept one it overlaps that is longer (a longer term covers its words) or of
        // the same topic (overlapping terms of one topic count once).
        var kept = new List<Occurrence>();
        foreach (var match in raw)
        {
            bool shadowed = false;
            foreach (var other in kept)
            {
                if (match.Length > 0 && other.Length > 0 && other.Start < match.End && match.Start < other.End
                    && (other.Length > match.Length || string.Equals(_terms[other.Order].Topic, _terms[match.Order].Topic, StringComparison.Ordinal)))
                {
                    shadowed = true;
                    break;
                }
            }

            if (!shadowed)
            {
                kept.Add(match);
            }
        }

        kept.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        var hits = new List<TermHit>();
        for (int i = 0; i < kept.Count;)
        {
            int order = kept[i].Order;
            int count = 0;
            for (; i < kept.Count && kept[i].Order == order; i++)
            {
                count++;
            }

            var (topic, term, _) = _terms[order];
            hits.Add(new TermHit(topic, term.Phrase, term.Weight, count));
        }

        return hits;
    }

    private bool MayMatch(string[] words, int order)
    {
        if (!WordPrefix.AnyStartsWith(words, _needles[order]) || !WordPrefix.AnyStartsWith(words, _wholeWords[order].LastStart))
        {
            return false;
        }

        foreach (string word in _wholeWords[order].Whole)
        {
            if (!WordPrefix.HasWord(words, word))
            {
                return false;
            }
        }

        return true;
    }

    // One match of term Order at [Start, End), the Found-th match found in the text.
    private readonly record struct Occurrence(int Order, int Start, int End, int Found)
    {
        public int Length => End - Start;
    }
}
