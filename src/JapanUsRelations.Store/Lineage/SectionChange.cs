namespace JapanUsRelations.Store;

/// <summary>What happened to a section in one edition of its history, coming from the edition before.</summary>
public enum SectionChange
{
    /// <summary>The first edition of the history: nothing before to compare with.</summary>
    First,

    /// <summary>Paired with the section before, the same text.</summary>
    Unchanged,

    /// <summary>Paired with the section before, its text changed.</summary>
    Changed,

    /// <summary>Paired with the section before, now elsewhere in the edition.</summary>
    Moved,

    /// <summary>No section before it: added in this edition.</summary>
    Added,

    /// <summary>The section before has no counterpart here: removed in this edition.</summary>
    Removed,

    /// <summary>Not in this edition, nor in the one before (before it was added, or after it was removed).</summary>
    Absent,
}
