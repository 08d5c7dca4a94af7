namespace JapanUsRelations.Ingestion.Reading;

/// <summary>A seed decoded to text: lines without their line endings, and the detected format.</summary>
/// <param name="File">The seed file.</param>
/// <param name="Lines">The lines; <c>Lines[0]</c> is source line 1.</param>
/// <param name="Format">Detected format.</param>
public sealed record SeedText(SeedFile File, IReadOnlyList<string> Lines, SeedFormat Format);
