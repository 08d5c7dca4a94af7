namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// After routing, refuses a route value no edition, section, topic or fact can have: blank (<c>/editions/%20</c>),
/// holding control characters (<c>%0d%0a</c>, <c>%00</c>) or longer than any id (10,000 characters). The answer is the
/// site's helpful 404 (problem+json under <c>/api</c>), before a page model sees the value, so no handler has to
/// guard against it.
/// </summary>
public static class RouteValueGuard
{
    /// <summary>Longest id or slug accepted in a URL.</summary>
    public const int MaxLength = 300;

    /// <summary>Adds the middleware (after <c>UseRouting</c>).</summary>
    public static IApplicationBuilder UseRouteValueGuard(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            foreach (var (name, value) in context.Request.RouteValues)
            {
                if (name is "page" or "handler" || value is not string text)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || text.Any(char.IsControl))
                {
                    context.SetEndpoint(null);
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }
            }

            return next(context);
        });
}
