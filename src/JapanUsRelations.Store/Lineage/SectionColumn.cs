namespace JapanUsRelations.Store;

/// <summary>One edition in a section's history: the section's counterpart there (if any) and its blocks.</summary>
/// <param name="EditionId">The edition's id.</param>
/// <param name="Slug">The section's slug in this edition, or null when it is not in it.</param>
/// <param name="Heading">The section's heading there (null when untitled or absent).</param>
/// <param name="Change">What happened to the section in this edition.</param>
/// <param name="Passages">Its blocks in reading order, each with its relation to the edition before.</param>
/// <param name="Removed">Blocks of the section in the edition before that no edition-after block continues.</param>
/// <param name="MovedAway">Blocks of the section in the edition before that now stand in another section, where they went.</param>
public sealed record SectionColumn(
    string EditionId, string? Slug, string? Heading, SectionChange Change, IReadOnlyList<SectionPassage> Passages,
    IReadOnlyList<PassagePlace> Removed, IReadOnlyList<PassageLink> MovedAway)
{
    /// <summary>True when the section stands in this edition.</summary>
    public bool IsPresent => Slug is not null;

    /// <summary>True when anything in this column differs from the edition before (the section or one of its blocks).</summary>
    public bool HasChanges => Change is SectionChange.Changed or SectionChange.Moved or SectionChange.Added or SectionChange.Removed
        || Passages.Any(p => p.Relation != PassageRelation.Same) || Removed.Count > 0 || MovedAway.Count > 0;
}
