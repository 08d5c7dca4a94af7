namespace JapanUsRelations.Lineage;

/// <summary>Two written editions to compare, older and newer, with their blocks by anchor and their row ids.</summary>
/// <param name="Older">The predecessor.</param>
/// <param name="Newer">The edition compared with it.</param>
internal sealed record WrittenStep(WrittenEditionBlocks Older, WrittenEditionBlocks Newer)
{
    /// <summary>The predecessor's section row ids by slug.</summary>
    public IReadOnlyDictionary<string, long> OlderSections => Older.Written.SectionIds;

    /// <summary>The newer edition's section row ids by slug.</summary>
    public IReadOnlyDictionary<string, long> NewerSections => Newer.Written.SectionIds;
}
