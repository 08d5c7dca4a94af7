using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>A paragraph of an edition, for the partial that marks its facts.</summary>
public sealed record MarkedBlock(string EditionId, Block Block);
