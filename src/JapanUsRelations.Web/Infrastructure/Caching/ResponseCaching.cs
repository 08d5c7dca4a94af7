namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>Registers and places the rendered-response cache (one line each in <see cref="EditionsApp"/>).</summary>
public static class ResponseCaching
{
    /// <summary>Registers the options (<c>Editions:ResponseCache</c>), and the store.</summary>
    public static IServiceCollection AddRenderedResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection("Editions:ResponseCache").Get<ResponseCacheOptions>() ?? new ResponseCacheOptions();
        return services.AddSingleton(options).AddSingleton<RenderedResponseStore>();
    }

    /// <summary>Places the cache: after static files and error handling, before routing (a hit skips routing).</summary>
    public static IApplicationBuilder UseRenderedResponseCache(this IApplicationBuilder app) => app.UseMiddleware<RenderedResponseCache>();
}
