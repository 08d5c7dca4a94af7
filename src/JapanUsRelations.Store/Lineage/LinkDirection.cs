namespace JapanUsRelations.Store;

/// <summary>Which way a lineage link points from the passage asked about.</summary>
public enum LinkDirection
{
    /// <summary>To its counterpart in the edition before it (its predecessor on the subject).</summary>
    Earlier,

    /// <summary>To its counterpart in an edition after it.</summary>
    Later,
}
