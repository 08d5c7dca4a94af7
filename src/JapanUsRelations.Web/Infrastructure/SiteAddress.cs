namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The site's canonical base URL for absolute links (citations, permalinks, the printed URL): <c>Site:BaseUrl</c> from
/// configuration when set; otherwise the request's own scheme and host, which host filtering (<c>AllowedHosts</c>,
/// loopback names by default) has already checked. A request with <c>Host: evil.test</c> therefore never gets links
/// to evil.test.
/// </summary>
public sealed class SiteAddress
{
    private readonly Uri? _configured;

    /// <summary>Reads <c>Site:BaseUrl</c>.</summary>
    public SiteAddress(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? value = configuration["Site:BaseUrl"];
        if (!string.IsNullOrWhiteSpace(value))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException($"Site:BaseUrl must be an absolute http(s) URL, not '{value}'.");
            }

            _configured = uri;
        }
    }

    /// <summary>The base URL (no trailing slash) for links in the answer to <paramref name="request"/>.</summary>
    public Uri For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _configured ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}");
    }

    /// <summary>The absolute URL of a site path for <paramref name="request"/>.</summary>
    public string Absolute(HttpRequest request, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return For(request).GetLeftPart(UriPartial.Path).TrimEnd('/') + pathAndQuery;
    }
}
