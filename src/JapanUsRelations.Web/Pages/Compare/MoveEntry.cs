namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>Where a block moved away from in the left edition.</summary>
/// <param name="Left">Its left anchor.</param>
/// <param name="ToSection">The right section it moved to.</param>
/// <param name="To">Its right anchor.</param>
/// <param name="Position">The entry index in this section before which it stood.</param>
public sealed record MoveEntry(string Left, string ToSection, string To, int Position);
