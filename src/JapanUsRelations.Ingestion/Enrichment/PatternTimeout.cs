namespace JapanUsRelations.Ingestion.Enrichment;

/// <summary>
/// How long one match of an enrichment pattern (a topic term, a fact kind) may run before the seed is refused with a
/// clear error (<see cref="SeedGuard"/>). The patterns are literal phrases with optional endings, linear in their
/// input, and the seed's lines are bounded by <c>SeedLimits</c>, so a real match takes microseconds; the bound is a
/// guard against text shaped to make matching slow, set well above what a starved thread on a loaded machine can lose
/// to scheduling (at 1 s, a real seed was refused while two cores ran thirty processes).
/// </summary>
public static class PatternTimeout
{
    /// <summary>The bound of one match.</summary>
    public static readonly TimeSpan PerMatch = TimeSpan.FromSeconds(10);
}
