namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>A content coding the site sends a cached response in (RFC 9110 §8.4.1).</summary>
public enum ContentCoding
{
    /// <summary>Uncompressed.</summary>
    Identity,

    /// <summary>Brotli (<c>br</c>).</summary>
    Brotli,

    /// <summary>Gzip (<c>gzip</c>).</summary>
    Gzip,
}
