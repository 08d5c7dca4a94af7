using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>The comparison chooser (<c>/compare</c> and its twin): every edition, the successive pairs, what was wrong with a choice.</summary>
/// <param name="Editions">Every edition and reference text, for the two lists.</param>
/// <param name="Successive">Each report edition with the one before it, newest first.</param>
/// <param name="A">The chosen left id, echoed back when the choice was not valid.</param>
/// <param name="B">The chosen right id.</param>
/// <param name="Problem">What was wrong with the choice, or null.</param>
public sealed record CompareChoice(IReadOnlyList<EditionSummary> Editions, IReadOnlyList<SuccessivePair> Successive, string? A, string? B, string? Problem)
{
    /// <summary>The comparison twin's URL template.</summary>
    public string Template => "/api/compare/{a}/{b}";
}
