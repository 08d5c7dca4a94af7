namespace JapanUsRelations.Ingestion.Storage;

/// <summary>A section of the database being replaced: its edition's id, slug, heading, first block's text and all its text.</summary>
internal sealed record OldSection(string EditionId, string Slug, string? Heading, string? FirstText, string? AllText);
