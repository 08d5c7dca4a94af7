using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>One fact kind through every report edition, oldest first; references apart.</summary>
public sealed record FactRow(FactKindInfo Kind, IReadOnlyList<FactCell> Cells, IReadOnlyList<StoredFact> References)
{
    /// <summary>The editions' main numeric values, for a chart; empty where no edition states a number.</summary>
    public IReadOnlyList<(FactCell Cell, double Number)> Numbers =>
        Cells.Where(c => c.Main?.Fact.Number is not null).Select(c => (c, (double)c.Main!.Fact.Number!.Value)).ToList();
}
