using Microsoft.Extensions.Primitives;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>One rendered response in one coding, ready to be written again byte for byte.</summary>
/// <param name="StatusCode">Always 200 today (only successful pages and twins are kept).</param>
/// <param name="Headers">The headers the page set (content type and any others), without hop or length headers.</param>
/// <param name="Body">The body in <paramref name="Coding"/>.</param>
/// <param name="Coding">The content coding of <paramref name="Body"/>.</param>
/// <param name="ETag">The strong, quoted entity tag of this representation.</param>
public sealed record CachedResponse(int StatusCode, IReadOnlyList<KeyValuePair<string, StringValues>> Headers, byte[] Body, ContentCoding Coding, string ETag)
{
    /// <summary>Bytes the entry holds, counted against the cache's memory bound (body plus a rough header cost).</summary>
    public long Size => Body.Length + 256 + Headers.Sum(h => h.Key.Length + h.Value.ToString().Length);
}
