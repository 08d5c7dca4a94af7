using Microsoft.AspNetCore.Diagnostics;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Under <c>/api</c>, an error status that no twin gave a body (an unknown path, a route that did not match, a bad
/// request) is answered as <c>application/problem+json</c> saying what was asked for, instead of the HTML 404 page.
/// </summary>
public static class ApiProblems
{
    /// <summary>Adds the middleware (after the status-code pages, so it runs first on the way out).</summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.Use(static async (context, next) =>
        {
            if (!Problem.IsApi(context.Request.Path))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            await next(context).ConfigureAwait(false);
            int status = context.Response.StatusCode;
            if (status >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null or 0 && string.IsNullOrEmpty(context.Response.ContentType))
            {
                string path = LogSafe.Encode(context.Request.Path.Value ?? "");
                await (status == StatusCodes.Status404NotFound
                    ? Problem.WriteAsync(context, status, "Not found", $"Nothing is at {path}. The JSON twins are listed at /api.")
                    : Problem.WriteAsync(context, status, "Bad request", $"The request for {path} could not be answered as asked.")).ConfigureAwait(false);
            }
        });
}
