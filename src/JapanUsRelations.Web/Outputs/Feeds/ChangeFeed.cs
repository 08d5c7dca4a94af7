namespace JapanUsRelations.Web.Outputs.Feeds;

/// <summary>An Atom feed of changes: what it follows, the page it mirrors, and its entries newest first.</summary>
/// <param name="Id">The feed's permanent id (a tag URI).</param>
/// <param name="Title">The feed's title.</param>
/// <param name="Subtitle">What the feed follows, in a sentence.</param>
/// <param name="Self">The feed's own path.</param>
/// <param name="Page">The path of the page it mirrors.</param>
/// <param name="Entries">Its entries, newest first.</param>
public sealed record ChangeFeed(string Id, string Title, string Subtitle, string Self, string Page, IReadOnlyList<FeedEntry> Entries);
