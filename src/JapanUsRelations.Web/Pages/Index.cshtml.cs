using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages;

/// <summary>Home: what this is, the editions on a timeline, entry points.</summary>
public sealed class IndexModel(EditionsHandler handler) : AnswerPage<HomePage>
{
    /// <summary>Renders the timeline.</summary>
    public IActionResult OnGet() => Render(handler.Home());
}
