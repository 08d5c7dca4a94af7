namespace JapanUsRelations.Web.Infrastructure.Logging;

/// <summary>Registers and places the sampled request log (one line each in <see cref="EditionsApp"/>).</summary>
public static class RequestLogging
{
    /// <summary>Registers the summary and its periodic reporter.</summary>
    public static IServiceCollection AddRequestSummary(this IServiceCollection services) =>
        services.AddSingleton<RequestSummary>().AddHostedService<RequestSummaryReporter>();

    /// <summary>Places the request timer outermost, so it times everything the app does for a request.</summary>
    public static IApplicationBuilder UseRequestSummary(this IApplicationBuilder app) => app.UseMiddleware<RequestSummaryMiddleware>();
}
