namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>How a fact's value in an edition compares with the edition before.</summary>
public enum FactChange
{
    /// <summary>First edition, or nothing to compare.</summary>
    None,

    /// <summary>The same value as before.</summary>
    Same,

    /// <summary>A larger number, or for a rank a higher place (a smaller rank number).</summary>
    Up,

    /// <summary>A smaller number, or for a rank a lower place.</summary>
    Down,

    /// <summary>A different name, or the same number with another qualifier.</summary>
    Changed,

    /// <summary>Stated now, not stated by the previous edition.</summary>
    New,

    /// <summary>Stated by the previous edition of the same report, not by this one.</summary>
    Dropped,

    /// <summary>Stated by the previous edition (another report), not mentioned by this one.</summary>
    NotMentioned,
}
