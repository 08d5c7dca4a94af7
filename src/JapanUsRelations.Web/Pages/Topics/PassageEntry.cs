using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>A passage on a topic, with why it is there.</summary>
/// <param name="Edition">The edition's id.</param>
/// <param name="Kind"><c>report</c> or <c>reference</c>.</param>
/// <param name="Section">The section's slug.</param>
/// <param name="Heading">The section's heading, or null.</param>
/// <param name="Anchor">The passage's anchor.</param>
/// <param name="Url">Its permalink.</param>
/// <param name="Score">Classifier score.</param>
/// <param name="Share">This topic's share of the passage, three places.</param>
/// <param name="Terms">Terms that matched.</param>
/// <param name="Text">The passage's reading text.</param>
public sealed record PassageEntry(
    string Edition, string Kind, string Section, string? Heading, string Anchor, string Url, double Score, double Share, IReadOnlyList<string> Terms, string Text)
{
    /// <summary>The entry of a stored passage.</summary>
    public static PassageEntry Of(TopicPassage p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Edition.Id, p.Edition.Kind.ToString().ToLowerInvariant(), p.Section.Slug, p.Section.Heading, p.Block.Anchor, p.Url, p.Score, Math.Round(p.Share, 3), p.Terms, p.Block.Text);
    }
}
