namespace JapanUsRelations.Ingestion.Identity;

/// <summary>An edition id handed out before that now belongs to another id: the edition page answers 301 from one to the other.</summary>
/// <param name="OldId">The id links were made with.</param>
/// <param name="EditionId">The edition's id today.</param>
public sealed record EditionAlias(string OldId, string EditionId);
