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
    private readonly TextMemo<IReadOnlyList<TermHit>> _memo = new();

    /// <summary>Compiles the patterns of every term of the taxonomy.</summary>
    public TermMatcher(TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _terms = taxonomy.Topics
            .SelectMany(t => t.Terms.Select(term => (t.Slug, term, TermPattern.For(term.Phrase))))
            .ToList();
        _needles = _terms.Select(t => WordPrefix.Needle(t.Term.Phrase)).ToArray();
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
        // A term can only match where a word of the text starts with the term's first letters (see WordPrefix), so
        // only those terms' patterns run; texts with non-ASCII letters run every pattern.
        var words = WordPrefix.Words(text);
        var raw = Enumerable.Range(0, _terms.Count)
            .Where(order => words is null || WordPrefix.AnyStartsWith(words, _needles[order]))
            .SelectMany(order => _terms[order].Pattern.Matches(text).Select(m => (Order: order, _terms[order].Topic, _terms[order].Term, Start: m.Index, End: m.Index + m.Length)))
            .OrderByDescending(m => m.End - m.Start)
            .ThenBy(m => m.Order)
            .ToList();
        var kept = new List<(int Order, string Topic, TopicTerm Term, int Start, int End)>();
        var longestCovering = new int[text.Length];
        var claimedByTopic = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        foreach (var match in raw)
        {
            int length = match.End - match.Start;
            var claimed = claimedByTopic.TryGetValue(match.Topic, out var c) ? c : claimedByTopic[match.Topic] = new bool[text.Length];
            bool shadowed = false;
            for (int i = match.Start; i < match.End && !shadowed; i++)
            {
                shadowed = longestCovering[i] > length || claimed[i];
            }

            if (shadowed)
            {
                continue;
            }

            kept.Add(match);
            for (int i = match.Start; i < match.End; i++)
            {
                longestCovering[i] = Math.Max(longestCovering[i], length);
                claimed[i] = true;
            }
        }

        return kept
            .GroupBy(k => k.Order)
            .OrderBy(g => g.Key)
            .Select(g => new TermHit(g.First().Topic, g.First().Term.Phrase, g.First().Term.Weight, g.Count()))
            .ToList();
    }
}
