using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>The model of the <c>_CiteThis</c> partial: what to cite, and whether the box starts open.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Section">The section, or null for the edition.</param>
/// <param name="Block">The block, or null.</param>
/// <param name="Open">True to show the citations without a click (the cite page).</param>
public sealed record CiteTarget(Edition Edition, Section? Section = null, Block? Block = null, bool Open = false)
{
    /// <summary>"edition", "section", "paragraph", "table" or "list".</summary>
    public string Kind => Block?.Kind.ToString().ToLowerInvariant() ?? (Section is null ? "edition" : "section");

    /// <summary>A prefix for element ids, unique on the page.</summary>
    public string IdPrefix => "cite-" + (Block?.Anchor ?? Section?.Slug ?? "edition");
}
