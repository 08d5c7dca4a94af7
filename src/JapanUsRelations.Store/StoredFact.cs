using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>A fact as served: the fact, and the edition and section that state it.</summary>
/// <param name="Edition">The edition stating it.</param>
/// <param name="Section">The section holding the fact's block.</param>
/// <param name="Fact">The fact.</param>
public sealed record StoredFact(Edition Edition, Section Section, Fact Fact)
{
    /// <summary>True when the text calls the holder or value a former one ("then-President Biden").</summary>
    public bool IsFormer => Fact.Qualifier == "then";
}
