namespace JapanUsRelations.Store;

/// <summary>
/// A comparison computed at ingestion and stored (table <c>edition_step</c>), still encoded: the comparison
/// feature decodes it (the store does not know the comparison engine's types).
/// </summary>
/// <param name="OlderId">The older edition's id.</param>
/// <param name="NewerId">The newer edition's id.</param>
/// <param name="Format">The encoding, e.g. <c>json-deflate-1</c>.</param>
/// <param name="Data">The encoded comparison.</param>
public sealed record StoredComparison(string OlderId, string NewerId, string Format, ReadOnlyMemory<byte> Data)
{
    /// <summary>The older edition's source SHA-256 in the database it came from (to check it is the edition asked about).</summary>
    public string OlderSha256 { get; init; } = "";

    /// <summary>The newer edition's source SHA-256 in the database it came from.</summary>
    public string NewerSha256 { get; init; } = "";
}
