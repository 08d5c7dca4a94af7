using JapanUsRelations.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace JapanUsRelations.Web.Pages.History;

/// <summary>A section through every edition on its subject, one column per edition.</summary>
public sealed class HistoryModel(HistoryHandler handler) : AnswerPage<SectionHistoryPage>
{
    /// <summary>Renders the handler's answer.</summary>
    public IActionResult OnGet(string id, string section, string? from, string? show) => Render(handler.History(id, section, from, show));
}
