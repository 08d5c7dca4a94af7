namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The <c>Link: &lt;permalink&gt;; rel="cite-as"</c> header (RFC 8574) every page and twin answering 200 sends: the
/// absolute permalink under the canonical base (<see cref="SiteAddress"/>) of what the page shows: the page's own
/// path and query (a twin names its page, the same path without <c>/api</c>), or the record's own permalink when
/// it is <see cref="ICitable"/>. Set on the response before it starts, so a kept response replays it.
/// </summary>
public static class CiteAs
{
    /// <summary>The relation's name.</summary>
    public const string Relation = "cite-as";

    /// <summary>Adds the header for a found record to <paramref name="context"/>'s response.</summary>
    public static void Add(HttpContext context, object record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        var request = context.Request;
        string permalink = record is ICitable citable ? citable.CiteAs : PagePath(request.Path.Value ?? "/") + request.QueryString.Value;
        if (permalink.StartsWith('/'))
        {
            var site = context.RequestServices.GetService<SiteAddress>();
            permalink = site is null ? permalink : site.Absolute(request, permalink);
        }

        context.Response.Headers.Append("Link", Header(permalink));
    }

    /// <summary>The header value for a permalink: <c>&lt;url&gt;; rel="cite-as"</c>.</summary>
    public static string Header(string permalink) => $"<{permalink}>; rel=\"{Relation}\"";

    /// <summary>The page a path shows: the path itself, or for a twin the same path without <c>/api</c>.</summary>
    public static string PagePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "/api" || path == "/api/")
        {
            return "/";
        }

        return path.StartsWith("/api/", StringComparison.Ordinal) ? path["/api".Length..] : path;
    }
}
