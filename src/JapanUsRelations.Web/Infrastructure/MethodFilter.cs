namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The site is read-only: every page and JSON twin answers GET and HEAD (and OPTIONS, with the list). Any other
/// method (POST, PUT, DELETE, TRACE, made-up ones) gets 405 Method Not Allowed with an <c>Allow</c> header, before
/// routing, so no page handler ever sees a method it was not written for.
/// </summary>
public static class MethodFilter
{
    /// <summary>The methods the site answers.</summary>
    public const string Allowed = "GET, HEAD, OPTIONS";

    /// <summary>Adds the middleware.</summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use(static async (context, next) =>
        {
            string method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.Headers.Allow = Allowed;
            if (HttpMethods.IsOptions(method))
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            await Problem.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed",
                $"This site is read-only: it answers {Allowed}, not {LogSafe.Encode(method)}.").ConfigureAwait(false);
        });
}
