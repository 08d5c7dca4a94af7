using System.Security.Cryptography;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>
/// Strong entity tags for cached responses: a hash of the database fingerprint and the uncompressed body, with a
/// suffix per coding (each coding is a different representation, so it needs its own strong tag).
/// </summary>
public static class EntityTag
{
    /// <summary>The quoted tag of a response body served from a database in a coding, e.g. <c>"3f…a1-br"</c>.</summary>
    public static string Of(string databaseFingerprint, ReadOnlySpan<byte> identityBody, ContentCoding coding)
    {
        ArgumentNullException.ThrowIfNull(databaseFingerprint);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(databaseFingerprint));
        hash.AppendData(identityBody);
        string core = Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
        return EncodingNegotiator.Token(coding) is { } token ? $"\"{core}-{token}\"" : $"\"{core}\"";
    }

    /// <summary>
    /// Whether an <c>If-None-Match</c> header value matches a tag (weak comparison, as RFC 9110 §13.1.2 asks:
    /// a <c>W/</c> prefix is ignored; <c>*</c> matches any current representation).
    /// </summary>
    public static bool Matches(string? ifNoneMatch, string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        foreach (string candidate in ifNoneMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string opaque = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (opaque == "*" || string.Equals(opaque, tag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
