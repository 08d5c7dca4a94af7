namespace JapanUsRelations.Web.Infrastructure.Startup;

/// <summary>
/// Middleware: until <see cref="Readiness"/> is ready, every request but <c>/healthz</c> answers 503 with
/// <c>Retry-After</c> (a load balancer keeps sending to the replicas that are ready).
/// </summary>
public sealed class ReadinessGate
{
    private readonly RequestDelegate _next;
    private readonly Readiness _readiness;

    /// <summary>Creates the gate.</summary>
    public ReadinessGate(RequestDelegate next, Readiness readiness)
    {
        _next = next ?? throw new ArgumentNullException(nameof(next));
        _readiness = readiness ?? throw new ArgumentNullException(nameof(readiness));
    }

    /// <summary>Passes the request on when ready, else answers 503.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_readiness.IsReady || context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync($"The site is {_readiness.State}; try again in a few seconds.\n", context.RequestAborted).ConfigureAwait(false);
    }
}
