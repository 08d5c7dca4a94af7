namespace JapanUsRelations.Comparison;

/// <summary>The kinds of word-level operation.</summary>
public enum WordOperationKind
{
    /// <summary>Text on both sides.</summary>
    Equal,

    /// <summary>Text only in the newer edition.</summary>
    Insert,

    /// <summary>Text only in the older edition.</summary>
    Delete,

    /// <summary>A paragraph ends here on <see cref="WordOperation.Side"/> (splits and merges); carries no text.</summary>
    Break,
}
