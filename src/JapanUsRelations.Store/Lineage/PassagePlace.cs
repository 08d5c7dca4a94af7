namespace JapanUsRelations.Store;

/// <summary>Where a passage stands: an edition, a section of it and the block's anchor (<c>p3</c>, <c>t1</c>, <c>l2</c>).</summary>
/// <param name="EditionId">The edition's URL id.</param>
/// <param name="SectionSlug">The slug of the section holding the block.</param>
/// <param name="Anchor">The block's anchor.</param>
public sealed record PassagePlace(string EditionId, string SectionSlug, string Anchor);
