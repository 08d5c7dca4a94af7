namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>How a fact's value in an edition compares with the edition before.</summary>
public enum FactChange
{
    /// <summary>First edition, or nothing to compare.</summary>
    None,

    /// <summary>The same value as before.</summary>
    Same,

    /// <summary>A larger number (a rank number that grows means a lower place).</summary>
    Up,

    /// <summary>A smaller number.</summary>
    Down,

    /// <summary>A different name or value that is not a number.</summary>
    Changed,

    /// <summary>Stated now, not stated by the previous edition.</summary>
    New,

    /// <summary>Stated by the previous edition, not by this one.</summary>
    Dropped,
}
