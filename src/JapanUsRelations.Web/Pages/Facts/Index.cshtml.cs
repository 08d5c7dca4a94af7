using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The facts table: every stated kind × the report editions, and Figure 1 compared across data years.</summary>
public sealed class IndexModel(FactCatalog facts) : PageModel
{
    /// <summary>Every kind through time.</summary>
    public IReadOnlyList<FactRow> Rows { get; private set; } = [];

    /// <summary>Figure 1's import and export charts (data years side by side).</summary>
    public IReadOnlyList<BarChart> Figure1 { get; private set; } = [];

    /// <summary>How many quantities no kind matched.</summary>
    public int UnclassifiedCount { get; private set; }

    /// <summary>Loads the table.</summary>
    public void OnGet()
    {
        Rows = facts.Rows();
        Figure1 = new[] { "U.S. IMPORTS", "U.S. EXPORTS" }.Select(c => FactCharts.Figure1(facts.All, c)).OfType<BarChart>().ToList();
        UnclassifiedCount = facts.UnclassifiedFacts().Count;
    }
}
