namespace JapanUsRelations.Store;

/// <summary>
/// One block FTS5 matched. A class with setters, not a positional record: with no rows SQLite reports expression
/// columns as blobs, and Dapper would look for a constructor taking byte arrays.
/// </summary>
public sealed class SearchRow
{
    /// <summary>The edition's URL id.</summary>
    public string EditionId { get; set; } = "";

    /// <summary>The section's slug.</summary>
    public string SectionSlug { get; set; } = "";

    /// <summary>The block's anchor.</summary>
    public string Anchor { get; set; } = "";

    /// <summary>The section heading with matches between <c>char(2)</c> and <c>char(3)</c>.</summary>
    public string? Heading { get; set; }

    /// <summary>The best-matching stretch of the block's text, marked the same way.</summary>
    public string? Snippet { get; set; }

    /// <summary>FTS5 bm25 rank: lower is better.</summary>
    public double Rank { get; set; }
}
