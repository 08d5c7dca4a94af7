using JapanUsRelations.Ingestion.Model;

using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>One fact kind in one edition: every statement of it, the main one, and the change from before.</summary>
public sealed record FactCell(Edition Edition, IReadOnlyList<StoredFact> Facts, FactChange Change)
{
    /// <summary>The statement that stands for the edition: the first one not about a former holder.</summary>
    public StoredFact? Main => Facts.FirstOrDefault(f => !f.IsFormer) ?? Facts.FirstOrDefault();

    /// <summary>The other distinct statements (different text or value), in order.</summary>
    public IEnumerable<StoredFact> Others => Facts.Where(f => f != Main)
        .DistinctBy(f => (f.Fact.Text, f.Fact.Value))
        .Where(f => Main is null || f.Fact.Text != Main.Fact.Text || f.Fact.Value != Main.Fact.Value);
}
