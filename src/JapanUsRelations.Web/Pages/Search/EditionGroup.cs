using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>One result group: an edition (or reference article) and how many of its passages matched, on every page.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Hits">Its matching passages, all pages together.</param>
public sealed record EditionGroup(Edition Edition, int Hits)
{
    /// <summary>True for a reference article (counted apart from editions).</summary>
    public bool IsReference => Edition.Kind == EditionKind.Reference;
}
