using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// Stage 3: turns a passage's scores into its topics. Every topic scoring at least the taxonomy's minimum is
/// assigned. So that every passage has a topic: when none reaches the minimum, the best-scoring topic is assigned
/// on its own; when no term matched at all, the taxonomy's fallback topic is assigned with score 0 and no terms.
/// </summary>
public sealed class TopicAssigner
{
    private readonly TopicTaxonomy _taxonomy;

    /// <summary>Assigns with the threshold and fallback of <paramref name="taxonomy"/>.</summary>
    public TopicAssigner(TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _taxonomy = taxonomy;
    }

    /// <summary>The passage's assignments, strongest first; never empty.</summary>
    public IReadOnlyList<TopicAssignment> Assign(string blockAnchor, IReadOnlyList<TopicScore> scores)
    {
        ArgumentException.ThrowIfNullOrEmpty(blockAnchor);
        ArgumentNullException.ThrowIfNull(scores);
        var ranked = scores.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ToList();
        var chosen = ranked.Where(s => s.Score >= _taxonomy.MinScore).ToList();
        if (chosen.Count == 0 && ranked.Count > 0)
        {
            chosen.Add(ranked[0]);
        }

        return chosen.Count == 0
            ? [new TopicAssignment(_taxonomy.FallbackSlug, blockAnchor, 0, [])]
            : chosen.Select(s => new TopicAssignment(s.Topic, blockAnchor, Math.Round(s.Score, 2), s.Terms)).ToList();
    }
}
