namespace JapanUsRelations.Lineage;

/// <summary>Two written editions to compare, older and newer, with their sections' row ids by slug.</summary>
/// <param name="Older">The predecessor.</param>
/// <param name="Newer">The edition compared with it.</param>
/// <param name="OlderSections">The predecessor's section row ids by slug.</param>
/// <param name="NewerSections">The newer edition's section row ids by slug.</param>
internal sealed record WrittenStep(
    WrittenEditionBlocks Older, WrittenEditionBlocks Newer, IReadOnlyDictionary<string, long> OlderSections, IReadOnlyDictionary<string, long> NewerSections);
