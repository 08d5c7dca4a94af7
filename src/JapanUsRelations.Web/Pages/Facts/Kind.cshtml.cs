using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>One fact kind through time, every source sentence quoted; or the unclassified quantities.</summary>
public sealed class KindModel(FactCatalog facts) : PageModel
{
    /// <summary>The kind through time; null on the unclassified list.</summary>
    public FactRow? Row { get; private set; }

    /// <summary>The chart, where the values are numbers.</summary>
    public BarChart? Chart { get; private set; }

    /// <summary>For <c>/facts/unclassified</c>: the quantities no kind matched.</summary>
    public IReadOnlyList<StoredFact> Unclassified { get; private set; } = [];

    /// <summary>Shows the kind or answers a helpful 404.</summary>
    public IActionResult OnGet(string kind)
    {
        if (kind == FactCatalog.Unclassified)
        {
            Unclassified = facts.UnclassifiedFacts();
            return Page();
        }

        var info = facts.Find(kind);
        if (info is null)
        {
            return FactNotFound.Page(this, facts, kind);
        }

        Row = facts.Row(info);
        Chart = FactCharts.Through(Row);
        return Page();
    }
}
