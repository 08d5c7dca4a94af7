using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>Choose any two editions (a plain GET form), or one of the successive comparisons.</summary>
public sealed class ChooserModel(ComparisonService comparisons) : PageModel
{
    /// <summary>Every edition and reference text, for the two lists.</summary>
    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    /// <summary>Each edition with the one before it, with the share changed.</summary>
    public IReadOnlyList<(Edition Older, Edition Newer, double Share)> Successive { get; private set; } = [];

    /// <summary>The chosen left id, echoed back when the choice was not valid.</summary>
    public string? A { get; private set; }

    /// <summary>The chosen right id.</summary>
    public string? B { get; private set; }

    /// <summary>What was wrong with the choice, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the form; with both ids chosen and known, goes to their comparison.</summary>
    public IActionResult OnGet(string? a, string? b)
    {
        var catalog = comparisons.Catalog;
        if (!string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b))
        {
            var left = catalog.Resolve(a);
            var right = catalog.Resolve(b);
            if (left is not null && right is not null)
            {
                return Redirect(Urls.Compare(left.Id, right.Id));
            }

            Problem = $"There is no edition “{(left is null ? a : b)}”. Choose one from the lists.";
        }

        A = a;
        B = b;
        Editions = catalog.Reports.Concat(catalog.References).ToList();
        Successive = comparisons.Successive().Select(p => (p.Older, p.Newer, comparisons.ChangedShare(p.Older, p.Newer) ?? 0)).ToList();
        return Page();
    }
}
