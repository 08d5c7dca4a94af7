using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>A passage (paragraph, table or list) of an edition on a topic, with why the classifier put it there.</summary>
/// <param name="Edition">The edition (or reference source) it belongs to.</param>
/// <param name="Section">The section holding it.</param>
/// <param name="Block">The passage.</param>
/// <param name="Score">Classifier score; 0 for the fallback topic.</param>
/// <param name="Terms">Taxonomy terms that matched (" (heading)" where only the section heading had them).</param>
/// <param name="Share">This topic's share of the passage: its score over the sum of the passage's topic scores.</param>
public sealed record TopicPassage(Edition Edition, Section Section, Block Block, double Score, IReadOnlyList<string> Terms, double Share)
{
    /// <summary>Words in the passage as the reader reads it.</summary>
    public int Words { get; } = Block.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The passage's words counted for this topic: <see cref="Words"/> × <see cref="Share"/>.</summary>
    public double TopicWords => Words * Share;
}
