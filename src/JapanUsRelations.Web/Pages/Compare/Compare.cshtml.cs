using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// Two editions side by side (or inline, or changes only), aligned by section and paragraph, with word-level
/// changes. Query: <c>view=side|inline|changes</c> (default: side by side on wide screens, inline on narrow ones),
/// <c>typography=show</c>. The view options are the page's own; the record and its twin do not depend on them.
/// </summary>
public sealed class CompareModel(CompareHandler handler) : AnswerPage<ComparisonPage>
{
    /// <summary>The comparison shown.</summary>
    public ComparisonView View => Record.View;

    /// <summary><c>auto</c>, <c>side</c>, <c>inline</c> or <c>changes</c>.</summary>
    public string Mode { get; private set; } = "auto";

    /// <summary>True when typography-only differences are shown as changes.</summary>
    public bool ShowTypography { get; private set; }

    /// <summary>Shows the comparison, redirects year ids to full ids (keeping the view options), or answers a helpful 404.</summary>
    public IActionResult OnGet(string a, string b, string? view, string? typography)
    {
        Mode = view is "side" or "inline" or "changes" ? view : "auto";
        ShowTypography = string.Equals(typography, "show", StringComparison.Ordinal);
        return Render(handler.Comparison(a, b), keepQuery: true);
    }

    /// <summary>The rows of a compared section in the current view.</summary>
    public IReadOnlyList<CompareRow> Rows(JapanUsRelations.Comparison.SectionComparison section) => CompareRows.Of(View, section, Mode, ShowTypography);

    /// <summary>This page with other query options (null keeps the current one).</summary>
    public string With(string? view = null, bool? typography = null)
    {
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

        return Urls.Compare(View.Left.Id, View.Right.Id) + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
