using AngleSharp.Dom;

namespace JapanUsRelations.Web.Tests.Support;

/// <summary>Reads changed paragraphs (<c>p</c> holding <c>del</c>/<c>ins</c>) as one side: the older without insertions, the newer without deletions.</summary>
public static class DiffSides
{
    /// <summary>Each changed paragraph's text on one side.</summary>
    public static IReadOnlyList<string> Of(IParentNode content, bool newer)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.QuerySelectorAll("p:has(del), p:has(ins)").Select(p =>
        {
            var copy = (IElement)p.Clone(deep: true);
            foreach (var drop in copy.QuerySelectorAll(newer ? "del" : "ins").ToList())
            {
                drop.Remove();
            }

            return copy.TextContent;
        }).ToList();
    }
}
