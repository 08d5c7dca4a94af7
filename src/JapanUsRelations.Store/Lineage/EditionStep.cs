namespace JapanUsRelations.Store;

/// <summary>An edition compared at ingestion with its predecessor on its subject: how much changed, and which texts were compared.</summary>
/// <param name="OlderId">The predecessor's id.</param>
/// <param name="NewerId">The edition's id.</param>
/// <param name="ChangedShare">Share (0–1) of the newer text in substantive changes (the comparison's <c>ChangedShare</c>).</param>
/// <param name="RawChangedShare">The same with typography-only differences counted.</param>
/// <param name="OlderSha256">The predecessor's source SHA-256.</param>
/// <param name="NewerSha256">The edition's source SHA-256.</param>
public sealed record EditionStep(string OlderId, string NewerId, double ChangedShare, double RawChangedShare, string OlderSha256, string NewerSha256);
