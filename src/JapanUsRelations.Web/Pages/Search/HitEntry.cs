namespace JapanUsRelations.Web.Pages.Search;

/// <summary>One hit as the twin lists it.</summary>
/// <param name="Edition">The edition's id.</param>
/// <param name="Section">The section's slug.</param>
/// <param name="SectionHeading">The section's heading, or null.</param>
/// <param name="Anchor">The block's anchor.</param>
/// <param name="Url">Its permalink.</param>
/// <param name="Link">Its permalink with a text fragment.</param>
/// <param name="Snippet">The best-matching stretch of its text.</param>
/// <param name="SnippetHtml">The same, HTML-encoded, matches in <c>&lt;mark&gt;</c>.</param>
/// <param name="History">In which editions of its report the passage stands, and where it stands in the newest one.</param>
public sealed record HitEntry(string Edition, string Section, string? SectionHeading, string Anchor, string Url, string Link, string Snippet, string SnippetHtml, HitHistory History);
