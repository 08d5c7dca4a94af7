using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>A fact as served: the fact, and the edition and section that state it.</summary>
/// <param name="Edition">The edition stating it.</param>
/// <param name="Section">The section holding the fact's block.</param>
/// <param name="Fact">The fact.</param>
public sealed record StoredFact(Edition Edition, Section Section, Fact Fact)
{
    /// <summary>The qualifier the facts stage gives a former holder or value ("then-President Biden").</summary>
    public const string FormerQualifier = "then";

    /// <summary>The unit, typed.</summary>
    public FactUnit Unit { get; } = FactUnits.Parse(Fact.Unit);

    /// <summary>True when the text calls the holder or value a former one.</summary>
    public bool IsFormer => Fact.Qualifier == FormerQualifier;
}
