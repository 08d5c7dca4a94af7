using System.Text.Json;
using JapanUsRelations.Ingestion;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure.Caching;
using JapanUsRelations.Web.Infrastructure.Logging;
using JapanUsRelations.Web.Infrastructure.Startup;
using Serilog;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>Builds the web application: configuration, Serilog, services, middleware, pages and JSON twins.</summary>
public static class EditionsApp
{
    /// <summary>JSON settings of every /api response (camelCase, indented for people reading them).</summary>
    public static JsonSerializerOptions Json => Twin.Json;

    /// <summary>Creates the application from command-line arguments (ASP.NET configuration overrides work).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot(), ApplicationName = typeof(EditionsApp).Assembly.GetName().Name });
        builder.WebHost.UseStaticWebAssets();
        builder.Host.UseSerilog((context, configuration) => configuration
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<LogValueEncoder>()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        var options = (builder.Configuration.GetSection("Editions").Get<EditionsOptions>() ?? new EditionsOptions()).Resolved();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sp => new ReadStore(options.DatabasePath, sp.GetRequiredService<ILogger<ReadStore>>()));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<ReadStore>().Editions);
        builder.Services.AddRazorPages();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.WriteIndented = true;
        });
        FeatureServices.Add(builder.Services);
        builder.Services.AddRenderedResponseCache(builder.Configuration).AddRequestSummary().AddSingleton<Readiness>();
        builder.Services.AddHardening();

        var app = builder.Build();
        app.UseHardening();
        app.UseRequestSummary();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseApiProblems();
        app.UseStaticFiles(StaticAssets.Options);
        app.UseMiddleware<ReadinessGate>();
        app.UseRenderedResponseCache();
        app.UseRouting();
        app.UseRouteValueGuard();
        HealthEndpoint.Map(app);
        app.MapRazorPages();
        FeatureServices.MapApi(app);
        return app;
    }

    /// <summary>Runs ingestion alone (the <c>ingest</c> command); returns the process exit code.</summary>
    public static int Ingest(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<EditionsOptions>();
        var loggerFactory = app.Services.GetRequiredService<ILoggerFactory>();
        try
        {
            int seeds = IngestionPipeline.SeedPaths(options.SeedsPath).Count;
            var summary = TerminalProgress.IsTerminal
                ? TerminalProgress.Run(options, loggerFactory, seeds)
                : JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(loggerFactory).Run(options.SeedsPath, options.DatabasePath, new ProgressLog(loggerFactory.CreateLogger(typeof(EditionsApp)), seeds));
            Console.WriteLine(
                $"Ingested {summary.Editions} editions: {summary.Sections} sections, {summary.Paragraphs} paragraphs, {summary.Tables} tables, {summary.Facts} facts in {summary.Elapsed.TotalSeconds:0.00} s -> {options.DatabasePath}");
            foreach (var skipped in summary.Skipped)
            {
                Console.WriteLine($"Skipped {skipped.Name}: {skipped.Reason}");
            }
            return 0;
        }
        catch (IngestionException e)
        {
            Console.Error.WriteLine($"Ingestion failed, database left untouched: {e.Message}");
            return 1;
        }
    }

    private static string ContentRoot()
    {
        // Razor views and wwwroot live in the project folder of a checkout; a deployed build carries them beside its binaries.
        string? project = RepositoryRoot.Find() is { } root ? Path.Combine(root, "src", "JapanUsRelations.Web") : null;
        return project is not null && Directory.Exists(project) ? project : AppContext.BaseDirectory;
    }
}
