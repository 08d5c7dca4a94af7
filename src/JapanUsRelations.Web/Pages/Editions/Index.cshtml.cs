using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>The list of editions, with how much each changed since the one before.</summary>
public sealed class IndexModel(EditionCatalog catalog, IChangeMeter changeMeter) : PageModel
{
    /// <summary>Report editions, oldest first.</summary>
    public IReadOnlyList<EditionRow> Rows { get; private set; } = [];

    /// <summary>Reference sources.</summary>
    public IReadOnlyList<Edition> References { get; private set; } = [];

    /// <summary>Loads the list.</summary>
    public void OnGet()
    {
        Rows = catalog.Reports.Select(e => catalog.Previous(e) is { } p ? new EditionRow(e, p, changeMeter.ChangedShare(p, e)) : new EditionRow(e, null, null)).ToList();
        References = catalog.References;
    }
}
