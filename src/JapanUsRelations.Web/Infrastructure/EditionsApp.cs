using System.Text.Json;
using JapanUsRelations.Ingestion;
using Serilog;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>Builds the web application: configuration, Serilog, services, middleware, pages and JSON twins.</summary>
public static class EditionsApp
{
    /// <summary>JSON settings of every /api response (camelCase, indented for people reading them).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

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
        builder.Services.AddSingleton<EditionCatalog>();
        builder.Services.AddRazorPages();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.WriteIndented = true;
        });
        FeatureServices.Add(builder.Services);
        builder.Services.AddHardening();

        var app = builder.Build();
        app.UseHardening();
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseApiProblems();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRouteValueGuard();
        app.MapGet("/healthz", () => Results.Text("ok"));
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
            var summary = IngestionPipeline.CreateDefault(loggerFactory).Run(options.SeedsPath, options.DatabasePath);
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
        // Razor views and wwwroot live in the project folder; find it whether we run from the repo root or bin/.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JapanUsRelations.Web.csproj")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
