namespace JapanUsRelations.Web.Infrastructure.Startup;

/// <summary><c>/healthz</c>: 200 "ok" when serving; 503 "ingesting N/M seeds" or "ingestion failed" otherwise. Never cached.</summary>
public static class HealthEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/healthz", (Readiness readiness, HttpContext context) =>
    {
        context.Response.Headers.CacheControl = "no-store";
        if (readiness.IsReady)
        {
            return Results.Text(Readiness.ReadyState);
        }

        string text = readiness.State == Readiness.IngestingState ? $"{Readiness.IngestingState} {readiness.Progress.Done}/{readiness.Progress.Total} seeds" : readiness.State;
        return Results.Text(text, statusCode: StatusCodes.Status503ServiceUnavailable);
    });
}
