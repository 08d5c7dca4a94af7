using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>One matching paragraph, table or list, and in which editions of its report it stands.</summary>
/// <param name="Edition">The edition holding it.</param>
/// <param name="Section">The section holding it.</param>
/// <param name="Anchor">Its anchor (<c>p7</c>, <c>t1</c>).</param>
/// <param name="Url">Its permalink.</param>
/// <param name="Heading">The section heading as indexed, matches marked.</param>
/// <param name="Snippet">The best-matching stretch of its text, matches marked.</param>
/// <param name="Rank">FTS5 bm25 rank: lower is better.</param>
/// <param name="History">In which editions it stands, and where it stands in the newest one.</param>
public sealed record SearchHit(Edition Edition, Section Section, string Anchor, string Url, Snippet Heading, Snippet Snippet, double Rank, HitHistory History)
{
    /// <summary>The permalink with a text fragment that highlights the paragraph (tables and lists: the permalink).</summary>
    public string Link => Section.Blocks.FirstOrDefault(b => b.Anchor == Anchor) is { } block && Citations.TextFragment.For(block) is { } fragment ? Url + fragment : Url;
}
