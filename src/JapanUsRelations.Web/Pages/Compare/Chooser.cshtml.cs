using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>Choose any two editions (a plain GET form), or one of the successive comparisons.</summary>
public sealed class ChooserModel(CompareHandler handler) : AnswerPage<CompareChoice>
{
    /// <summary>Shows the form (404 when a chosen id names no edition); with both ids chosen and known, goes to their comparison.</summary>
    public IActionResult OnGet(string? a, string? b)
    {
        var choice = handler.Chooser(a, b);
        Response.StatusCode = CompareHandler.StatusOf(choice);
        return Render(choice);
    }
}
