using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A section to render, with its edition and the HTML heading level its own heading uses.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Section">The section.</param>
/// <param name="HeadingLevel">The <c>h</c> level of this section's heading (2 on the edition page).</param>
public sealed record SectionView(Edition Edition, Section Section, int HeadingLevel);
