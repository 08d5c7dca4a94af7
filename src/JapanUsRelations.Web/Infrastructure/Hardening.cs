namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The web tier's defences against hostile requests, in one place (see <c>docs/security.md</c>): security headers on
/// every response, read-only methods, problem+json for <c>/api</c> errors, the canonical base URL for links.
/// </summary>
public static class Hardening
{
    /// <summary>Registers the services the defences need.</summary>
    public static IServiceCollection AddHardening(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddSingleton<SiteAddress>();
    }

    /// <summary>Adds the outer defences: before logging and error handling, so they cover every answer.</summary>
    public static IApplicationBuilder UseHardening(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseSecurityHeaders().UseReadOnlyMethods();
    }
}
