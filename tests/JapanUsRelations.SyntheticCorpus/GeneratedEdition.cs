namespace JapanUsRelations.SyntheticCorpus;

/// <summary>One file the generator wrote.</summary>
/// <param name="FileName">The file's name in the output folder.</param>
/// <param name="Published">The edition's date (also its URL id).</param>
/// <param name="BaseSeed">The seed file its chain of editions started from.</param>
/// <param name="Changes">What changed since the previous edition of the same chain.</param>
public sealed record GeneratedEdition(string FileName, DateOnly Published, string BaseSeed, IReadOnlyList<Change> Changes);
