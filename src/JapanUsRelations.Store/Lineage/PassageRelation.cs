namespace JapanUsRelations.Store;

/// <summary>How a passage (or a sentence) stands to its counterpart in the edition before or after it on its subject.</summary>
public enum PassageRelation
{
    /// <summary>The same words (typography aside) in the same place.</summary>
    Same,

    /// <summary>Reworded in place (<see cref="PassageLink.Share"/> says how much of it was kept).</summary>
    Reworded,

    /// <summary>Found in another section or out of order, possibly with edits.</summary>
    Moved,

    /// <summary>One older paragraph became several newer ones.</summary>
    Split,

    /// <summary>Several older paragraphs became one newer one.</summary>
    Merged,

    /// <summary>Not in the edition before (or the first edition on the subject).</summary>
    New,

    /// <summary>Not in the edition after.</summary>
    Removed,
}
