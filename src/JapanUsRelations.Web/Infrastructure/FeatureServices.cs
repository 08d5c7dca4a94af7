using JapanUsRelations.Web.Citations;
using JapanUsRelations.Web.Pages.Cite;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Outputs.Downloads;
using JapanUsRelations.Web.Pages.Editions;
using JapanUsRelations.Web.Outputs.Exports;
using JapanUsRelations.Web.Pages.Facts;
using JapanUsRelations.Web.Pages.History;
using JapanUsRelations.Web.Outputs.Feeds;
using JapanUsRelations.Web.Pages.Reports;
using JapanUsRelations.Web.Pages.Search;
using JapanUsRelations.Web.Pages.Topics;

using JapanUsRelations.Web.Infrastructure.Serving;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Where each feature registers its route handler (and services) and maps its JSON twins: one line per feature, so
/// features can be added without touching each other. A handler answers a page and its twin alike.
/// </summary>
public static class FeatureServices
{
    /// <summary>Registers feature handlers and services.</summary>
    public static void Add(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Handlers read the request's snapshot (ReadStore is scoped: see Serving/ServedStore), so they are scoped too.
        services.AddScoped<EditionsHandler>();
        services.AddScoped<ReportsHandler>();
        services.AddScoped<ComparisonService>().AddScoped<IChangeMeter>(sp => sp.GetRequiredService<ComparisonService>())
            .AddScoped<IEditionComparisons>(sp => sp.GetRequiredService<ComparisonService>()).AddScoped<CompareHandler>();
        services.AddSingleton<ISnapshotWarmer, ComparisonWarmer>();
        services.AddScoped<HistoryHandler>();
        services.AddScoped<TopicsHandler>();
        services.AddScoped<FactsHandler>();
        services.AddScoped<FeedEndpoints>();
        services.AddScoped<ExportEndpoints>();
        services.AddScoped<DownloadEndpoints>();
        ApiDescription.Add(services);
        services.AddScoped<PassageHistory>().AddScoped<SearchService>().AddScoped<SearchHandler>();
        services.AddSingleton(TimeProvider.System).AddSingleton<CitationService>().AddScoped<CiteHandler>();
    }

    /// <summary>Maps every feature's /api twins.</summary>
    public static void MapApi(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        EditionsHandler.MapTwins(app);
        ReportsHandler.MapTwins(app);
        CompareHandler.MapTwins(app);
        HistoryHandler.MapTwins(app);
        TopicsHandler.MapTwins(app);
        FactsHandler.MapTwins(app);
        SearchHandler.MapTwins(app);
        CiteHandler.MapTwins(app);
        FeedEndpoints.MapFeeds(app);
        ExportEndpoints.MapExports(app);
        DownloadEndpoints.MapDownloads(app);
        ApiDescription.Map(app);
    }
}
