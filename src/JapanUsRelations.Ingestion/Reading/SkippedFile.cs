namespace JapanUsRelations.Ingestion.Reading;

/// <summary>A file in the seeds folder that was not ingested, and why (listed in the summary and the log).</summary>
/// <param name="Name">The file's name within the seeds folder.</param>
/// <param name="Reason">Why it was skipped, for a person.</param>
public sealed record SkippedFile(string Name, string Reason);
