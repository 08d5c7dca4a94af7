using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A section to render, with its edition, the HTML heading level its own heading uses, and the facts to mark.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Section">The section.</param>
/// <param name="HeadingLevel">The <c>h</c> level of this section's heading (2 on the edition page).</param>
/// <param name="Facts">The facts, for marking each paragraph's.</param>
/// <param name="Passages">Each paragraph's history by anchor, shown as a line under it (the section page); null for none (the edition page).</param>
public sealed record SectionView(Edition Edition, Section Section, int HeadingLevel, FactBook Facts, IReadOnlyDictionary<string, Shared.PassageHistory>? Passages = null);
