namespace JapanUsRelations.Web.Outputs.Feeds;

/// <summary>One entry of a change feed: an edition (or a fact's value in it) and what changed since the edition before.</summary>
/// <param name="Id">Permanent id (a tag URI built from the edition id, so it never changes between requests or re-ingestions).</param>
/// <param name="Title">The entry's title.</param>
/// <param name="Updated">The edition's publication date.</param>
/// <param name="Authors">The edition's byline names, else its publisher.</param>
/// <param name="Link">The comparison with the previous edition (the edition itself when it is the first).</param>
/// <param name="Html">The "what changed" summary and the changes, as HTML (every seed text encoded).</param>
public sealed record FeedEntry(string Id, string Title, DateTimeOffset Updated, IReadOnlyList<string> Authors, string Link, string Html);
