using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>"What changed" at the top of a comparison: facts whose values differ, and sections restructured.</summary>
/// <param name="Facts">Facts whose values differ, each linked to both sentences.</param>
/// <param name="Sections">Sections added, removed, renamed, merged and split.</param>
public sealed record WhatChanged(IReadOnlyList<FactValueChange> Facts, IReadOnlyList<SectionRestructure> Sections)
{
    /// <summary>The digest of a comparison as the twin writes it.</summary>
    public static WhatChanged Of(ComparisonView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var digest = view.Comparison.Digest;
        return new WhatChanged(
            digest.Facts.Select(f => new FactValueChange(
                f.Kind, f.Label, f.Older, f.Newer,
                Urls.Block(view.Left.Id, f.OlderPlace.SectionSlug, f.OlderPlace.Anchor),
                Urls.Block(view.Right.Id, f.NewerPlace.SectionSlug, f.NewerPlace.Anchor))).ToList(),
            digest.Sections.Select(x => new SectionRestructure(CompareWords.Of(x.Kind), x.Slug, x.OlderHeading, x.NewerHeading, x.Parts)).ToList());
    }
}
