namespace JapanUsRelations.Lineage;

/// <summary>One compared step, ready to write: the two editions' row ids, the shares, the encoded comparison and the link rows (no edition kept).</summary>
internal sealed record StepResult(
    long NewerRowId, long OlderRowId, double ChangedShare, double RawChangedShare, byte[] Comparison,
    List<PassageLinkRow> Passages, List<SectionLinkRow> Sections, List<SentenceLinkRow> Sentences);
