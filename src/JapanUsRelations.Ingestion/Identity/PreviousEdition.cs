namespace JapanUsRelations.Ingestion.Identity;

/// <summary>An edition as the database being replaced knew it: its id and the file it came from.</summary>
/// <param name="Id">Its URL id then.</param>
/// <param name="SourceFile">Its seed's file name.</param>
/// <param name="SourceSha256">Its seed's SHA-256.</param>
public sealed record PreviousEdition(string Id, string SourceFile, string SourceSha256);
