namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>The <c>Editions:ResponseCache</c> configuration section: how much rendered output is kept, and for how long others may keep it.</summary>
public sealed class ResponseCacheOptions
{
    /// <summary>Whether rendered pages and twins are cached at all (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Upper bound of the bytes of bodies kept, all codings together (default 256 MB).</summary>
    public long MemoryLimitBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Bodies larger than this are sent but not kept (default 32 MB).</summary>
    public long MaxEntryBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary><c>max-age</c> for browsers, in seconds (default 60): after that they revalidate with the ETag.</summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary><c>s-maxage</c> for shared caches (CDN, reverse proxy), in seconds (default 600).</summary>
    public int SharedMaxAgeSeconds { get; set; } = 600;

    /// <summary>The <c>Cache-Control</c> value sent with every cached page and twin.</summary>
    public string CacheControl => $"public, max-age={MaxAgeSeconds}, s-maxage={SharedMaxAgeSeconds}, stale-if-error=86400";
}
