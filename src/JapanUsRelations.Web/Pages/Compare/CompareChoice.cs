using JapanUsRelations.Web.Infrastructure.Paging;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>
/// The comparison chooser (<c>/compare?page=N</c> and its twin): every edition, a page of the successive pairs (newest
/// first; the paging fields count them), what was wrong with a choice.
/// </summary>
/// <param name="Paging">Where this page stands among the successive pairs.</param>
/// <param name="Editions">Every edition and reference text, for the two lists.</param>
/// <param name="Successive">This page's report editions each with the one before it, newest first.</param>
/// <param name="A">The chosen left id, echoed back when the choice was not valid.</param>
/// <param name="B">The chosen right id.</param>
/// <param name="Problem">What was wrong with the choice, or null.</param>
public sealed record CompareChoice(Pagination Paging, IReadOnlyList<EditionSummary> Editions, IReadOnlyList<SuccessivePair> Successive, string? A, string? B, string? Problem)
    : PagedRecord(Paging)
{
    /// <summary>Successive pairs per page when the URL names no size.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The comparison twin's URL template.</summary>
    public string Template => "/api/compare/{a}/{b}";
}
