namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Adds the security headers to every response, pages, JSON, static files and errors alike: a strict
/// Content-Security-Policy (scripts and styles only from the site's own files, never inline; no framing),
/// <c>nosniff</c>, a referrer policy and a permissions policy that turns off every device feature.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy: nothing inline, nothing from elsewhere, never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The Permissions-Policy: no camera, microphone, location or other device feature.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>Adds the middleware (first, so even errors and static files carry the headers).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
}
