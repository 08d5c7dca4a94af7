namespace JapanUsRelations.Store;

/// <summary>
/// How many blocks of one edition a query matched. A class with setters for the reason <see cref="SearchRow"/> gives.
/// </summary>
public sealed class SearchCount
{
    /// <summary>The edition's URL id.</summary>
    public string EditionId { get; set; } = "";

    /// <summary>How many of its blocks matched.</summary>
    public int Hits { get; set; }

    /// <summary>The best (lowest) bm25 rank among them.</summary>
    public double BestRank { get; set; }
}
