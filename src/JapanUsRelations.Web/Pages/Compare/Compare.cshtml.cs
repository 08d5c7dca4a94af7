using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// Two editions side by side (or inline, or changes only), aligned by section and paragraph, with word-level
/// changes. Query: <c>view=side|inline|changes</c> (default: side by side on wide screens, inline on narrow ones),
/// <c>typography=show</c>.
/// </summary>
public sealed class CompareModel(ComparisonService comparisons) : PageModel
{
    /// <summary>The comparison shown.</summary>
    public ComparisonView? View { get; private set; }

    /// <summary><c>auto</c>, <c>side</c>, <c>inline</c> or <c>changes</c>.</summary>
    public string Mode { get; private set; } = "auto";

    /// <summary>True when typography-only differences are shown as changes.</summary>
    public bool ShowTypography { get; private set; }

    /// <summary>Shows the comparison, redirects year ids to full ids, or answers a helpful 404.</summary>
    public IActionResult OnGet(string a, string b, string? view, string? typography)
    {
        View = comparisons.Find(a, b);
        if (View is null)
        {
            return CompareNotFound.Page(this, comparisons.Catalog, comparisons.Catalog.Resolve(a) is null ? a : b);
        }

        if (View.Left.Id != a || View.Right.Id != b)
        {
            return Redirect(Urls.Compare(View.Left.Id, View.Right.Id) + Request.QueryString.Value);
        }

        Mode = view is "side" or "inline" or "changes" ? view : "auto";
        ShowTypography = string.Equals(typography, "show", StringComparison.Ordinal);
        return Page();
    }

    /// <summary>This page with other query options (null keeps the current one).</summary>
    public string With(string? view = null, bool? typography = null)
    {
        var v = View!;
        string mode = view ?? Mode;
        bool typo = typography ?? ShowTypography;
        var query = new List<string>();
        if (mode != "auto")
        {
            query.Add("view=" + mode);
        }

        if (typo)
        {
            query.Add("typography=show");
        }

        return Urls.Compare(v.Left.Id, v.Right.Id) + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
