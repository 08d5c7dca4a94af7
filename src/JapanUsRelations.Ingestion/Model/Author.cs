namespace JapanUsRelations.Ingestion.Model;

/// <summary>One name of an edition's byline, in byline order, with the title printed beside it.</summary>
/// <param name="Ordinal">1-based position in the byline.</param>
/// <param name="Name">The name as printed, e.g. "Mark E. Manyin".</param>
/// <param name="Role">The printed title, e.g. "Coordinator, Specialist in Asian Affairs"; null when none.</param>
public sealed record Author(int Ordinal, string Name, string? Role);
