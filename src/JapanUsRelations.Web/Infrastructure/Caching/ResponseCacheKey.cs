namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>What a rendered response is a pure function of: the database, the absolute URL and the coding.</summary>
/// <param name="DatabaseFingerprint">The served database's fingerprint.</param>
/// <param name="Url">Scheme, host, path and query as requested (pages print their own address).</param>
/// <param name="Coding">The negotiated content coding.</param>
public readonly record struct ResponseCacheKey(string DatabaseFingerprint, string Url, ContentCoding Coding);
