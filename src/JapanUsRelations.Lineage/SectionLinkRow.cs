namespace JapanUsRelations.Lineage;

/// <summary>One row of <c>section_link</c>: an older section paired with a newer one, how, and the pairing score.</summary>
internal sealed record SectionLinkRow(long OlderSectionId, long NewerSectionId, string Status, double Similarity);
