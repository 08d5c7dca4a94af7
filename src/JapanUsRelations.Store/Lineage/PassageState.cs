namespace JapanUsRelations.Store;

/// <summary>A passage's state in the newest edition its lineage reaches (see <see cref="PassageLatest"/>).</summary>
public enum PassageState
{
    /// <summary>The same text stands there (or the passage is in the newest edition itself).</summary>
    Unchanged,

    /// <summary>Its counterpart there says it differently, in a section of the same slug.</summary>
    Reworded,

    /// <summary>Its counterpart there stands in another section (possibly reworded too).</summary>
    Moved,

    /// <summary>No counterpart there: it was removed on the way.</summary>
    Removed,
}
