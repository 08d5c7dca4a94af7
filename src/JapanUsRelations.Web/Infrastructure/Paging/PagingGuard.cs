namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>
/// Answers 400 to a request whose <c>page</c> or <c>pageSize</c> is malformed or out of bounds, saying which and why
/// (<c>application/problem+json</c> under <c>/api</c>, plain text elsewhere), before any page or twin runs.
/// </summary>
public static class PagingGuard
{
    /// <summary>Adds the guard to the pipeline.</summary>
    public static IApplicationBuilder UsePagingGuard(this IApplicationBuilder app) =>
        app.Use(static async (context, next) =>
        {
            if (context.Request.QueryString.HasValue && PageRequest.Problem(context.Request.Query) is { } problem)
            {
                await Problem.WriteAsync(context, StatusCodes.Status400BadRequest, "Bad page", problem).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
}
