using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages;

/// <summary>Home: what this is, the editions on a timeline, entry points.</summary>
public sealed class IndexModel(EditionCatalog catalog) : PageModel
{
    /// <summary>Report editions, oldest first.</summary>
    public IReadOnlyList<Edition> Reports { get; private set; } = [];

    /// <summary>Reference sources.</summary>
    public IReadOnlyList<Edition> References { get; private set; } = [];

    /// <summary>Loads the timeline.</summary>
    public void OnGet()
    {
        Reports = catalog.Reports;
        References = catalog.References;
    }
}
