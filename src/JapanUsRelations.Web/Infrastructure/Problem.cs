using System.Text.Json;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Writes an RFC 9457 problem (<c>application/problem+json</c>) under <c>/api</c>, and a short plain-text answer
/// elsewhere. Used for answers no page or twin produced: an unknown <c>/api/…</c> path, a refused method.
/// </summary>
public static class Problem
{
    /// <summary>The problem media type.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>True for a path under <c>/api</c>.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the problem with the status.</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        if (!IsApi(context.Request.Path))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync($"{title}. {detail}\n");
        }

        context.Response.ContentType = ContentType;
        string body = JsonSerializer.Serialize(new ProblemDetails("about:blank", title, status, detail, context.Request.Path.Value ?? ""), EditionsApp.Json);
        return context.Response.WriteAsync(body);
    }
}
