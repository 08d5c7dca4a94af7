using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure.Serving;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>
/// Middleware: a page or JSON twin is a pure function of (database snapshot fingerprint, URL, negotiated coding); the
/// fingerprint is the one of the snapshot the request pinned (<see cref="SnapshotLease"/>). The first GET of a URL renders it; the 200 response is kept (bounded
/// memory) and every later GET is written from memory, Brotli or gzip when the client accepts them, with a strong
/// ETag (304 on a matching <c>If-None-Match</c>), <c>Vary: Accept-Encoding</c> and a <c>Cache-Control</c> a CDN can
/// honour. Responses that set cookies, carry their own coding or say <c>no-store</c> pass through untouched.
/// </summary>
public sealed class RenderedResponseCache
{
    /// <summary>Response header naming the database a response was rendered from (short fingerprint).</summary>
    public const string DatabaseHeader = "X-Editions-Database";

    /// <summary>Response header saying whether the response came from memory (<c>hit</c>) or was rendered (<c>miss</c>).</summary>
    public const string CacheHeader = "X-Cache";

    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Date, HeaderNames.Server,
        HeaderNames.SetCookie, HeaderNames.ETag, HeaderNames.CacheControl, HeaderNames.Vary, CacheHeader, DatabaseHeader,
    };

    private readonly RequestDelegate _next;
    private readonly RenderedResponseStore _store;
    private readonly ResponseCacheOptions _options;

    /// <summary>Creates the middleware.</summary>
    public RenderedResponseCache(RequestDelegate next, RenderedResponseStore store, ResponseCacheOptions options)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Serves from memory, or renders and keeps.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        // The snapshot this request reads, pinned for all of it: the key, the ETag and the header name the same database the page is rendered from.
        var snapshot = context.RequestServices.GetRequiredService<SnapshotLease>().Store;
        string? fingerprint = snapshot?.Fingerprint;
        if (snapshot is not null)
        {
            context.Response.Headers[DatabaseHeader] = snapshot.ShortFingerprint;
        }

        if (!_options.Enabled || fingerprint is null || !IsCacheable(context))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        string url = string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);
        var coding = EncodingNegotiator.Choose(request.Headers.AcceptEncoding);
        var key = new ResponseCacheKey(fingerprint, url, coding);
        if (_store.Find(key) is { } hit)
        {
            await WriteAsync(context, hit, "hit", snapshot!).ConfigureAwait(false);
            return;
        }

        var identityKey = key with { Coding = ContentCoding.Identity };
        if (_store.Find(identityKey) is { } identity)
        {
            await WriteAsync(context, Encode(identity, key, fingerprint), "hit", snapshot!).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        var (rendered, renderedHere) = await _store.RenderOnceAsync(identityKey, () => RenderAsync(context, identityKey)).ConfigureAwait(false);
        if (rendered is not null)
        {
            await WriteAsync(context, Encode(rendered, key, fingerprint), renderedHere ? "miss" : "hit", snapshot!).ConfigureAwait(false);
        }
        else if (!renderedHere)
        {
            await _next(context).ConfigureAwait(false);
        }
    }

    private static bool IsCacheable(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && context.Features.Get<IExceptionHandlerPathFeature>() is null
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal);
    }

    private CachedResponse Encode(CachedResponse identity, ResponseCacheKey key, string fingerprint)
    {
        if (key.Coding == ContentCoding.Identity)
        {
            return identity;
        }

        var encoded = identity with
        {
            Body = ResponseCompressor.Encode(identity.Body, key.Coding),
            Coding = key.Coding,
            ETag = EntityTag.Of(fingerprint, identity.Body, key.Coding),
        };
        _store.Keep(key, encoded);
        return encoded;
    }

    /// <summary>Runs the rest of the pipeline into memory; keeps and returns the response when it may be kept, else writes it through and returns null.</summary>
    private async Task<CachedResponse?> RenderAsync(HttpContext context, ResponseCacheKey identityKey)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        finally
        {
            response.Body = original;
        }

        byte[] body = buffer.ToArray();
        if (!MayKeep(response))
        {
            if (body.Length > 0)
            {
                response.ContentLength ??= body.Length;
                await original.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            }

            return null;
        }

        var headers = response.Headers.Where(h => !NotReplayed.Contains(h.Key)).Select(h => new KeyValuePair<string, StringValues>(h.Key, h.Value)).ToList();
        response.Headers.Remove(HeaderNames.ContentLength);
        var identity = new CachedResponse(response.StatusCode, headers, body, ContentCoding.Identity, EntityTag.Of(identityKey.DatabaseFingerprint, body, ContentCoding.Identity));
        _store.Keep(identityKey, identity);
        return identity;
    }

    private static bool MayKeep(HttpResponse response)
    {
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || response.Headers.ContainsKey(HeaderNames.ContentEncoding))
        {
            return false;
        }

        string cacheControl = response.Headers.CacheControl.ToString();
        if (cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase) || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string contentType = response.ContentType ?? "";
        return contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
    }

    private async Task WriteAsync(HttpContext context, CachedResponse cached, string source, ReadStore snapshot)
    {
        var response = context.Response;
        var headers = response.Headers;
        foreach (var header in cached.Headers)
        {
            headers[header.Key] = header.Value;
        }

        headers.ETag = cached.ETag;
        headers.CacheControl = _options.CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers[DatabaseHeader] = snapshot.ShortFingerprint;
        headers[CacheHeader] = source;
        if (EncodingNegotiator.Token(cached.Coding) is { } token)
        {
            headers.ContentEncoding = token;
        }

        if (EntityTag.Matches(context.Request.Headers.IfNoneMatch, cached.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.Remove(HeaderNames.ContentType);
            headers.Remove(HeaderNames.ContentEncoding);
            return;
        }

        response.StatusCode = cached.StatusCode;
        response.ContentLength = cached.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(cached.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
