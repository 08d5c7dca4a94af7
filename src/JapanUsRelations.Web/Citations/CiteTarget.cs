namespace JapanUsRelations.Web.Citations;

/// <summary>The model of the <c>_CiteThis</c> partial: the citation, and whether the box starts open.</summary>
/// <param name="Citation">What to show.</param>
/// <param name="Open">True to show the citations without a click (the cite page).</param>
public sealed record CiteTarget(Citation Citation, bool Open = false)
{
    /// <summary>"edition", "section", "paragraph", "table" or "list".</summary>
    public string Kind => Citation.Work.Block?.Kind.ToString().ToLowerInvariant() ?? (Citation.Work.Section is null ? "edition" : "section");

    /// <summary>A prefix for element ids, unique on the page.</summary>
    public string IdPrefix => "cite-" + (Citation.Work.Block?.Anchor ?? Citation.Work.Section?.Slug ?? "edition");
}
