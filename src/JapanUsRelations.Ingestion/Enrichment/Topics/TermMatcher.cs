using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// Stage 1 of topic classification: finds every taxonomy term in a text (see <see cref="TermPattern"/>). Within a
/// topic the longest term wins: "foreign direct investment" is one hit, not also "direct investment" and "investment".
/// </summary>
public sealed class TermMatcher
{
    private readonly IReadOnlyList<(string Topic, TopicTerm Term, Regex Pattern)> _terms;

    /// <summary>Compiles the patterns of every term of the taxonomy.</summary>
    public TermMatcher(TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _terms = taxonomy.Topics
            .SelectMany(t => t.Terms.Select(term => (t.Slug, term, TermPattern.For(term.Phrase))))
            .ToList();
    }

    /// <summary>The terms found in <paramref name="text"/>, grouped by nothing, in taxonomy order.</summary>
    public IReadOnlyList<TermHit> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<TermHit>();
        foreach (var topic in _terms.GroupBy(t => t.Topic, StringComparer.Ordinal))
        {
            var claimed = new List<(int Start, int End)>();
            var found = new Dictionary<TopicTerm, int>();
            foreach (var (_, term, pattern) in topic.OrderByDescending(t => t.Term.Phrase.Length))
            {
                foreach (Match match in pattern.Matches(text))
                {
                    int end = match.Index + match.Length;
                    if (claimed.Any(c => match.Index < c.End && c.Start < end))
                    {
                        continue;
                    }

                    claimed.Add((match.Index, end));
                    found[term] = found.GetValueOrDefault(term) + 1;
                }
            }

            hits.AddRange(topic.Where(t => found.ContainsKey(t.Term)).Select(t => new TermHit(topic.Key, t.Term.Phrase, t.Term.Weight, found[t.Term])));
        }

        return hits;
    }
}
