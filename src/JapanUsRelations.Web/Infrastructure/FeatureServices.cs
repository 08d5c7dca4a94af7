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
        services.AddSingleton<EditionsHandler>();
        services.AddSingleton<ReportsHandler>();
        services.AddSingleton<ComparisonService>().AddSingleton<IChangeMeter>(sp => sp.GetRequiredService<ComparisonService>())
            .AddSingleton<IEditionComparisons>(sp => sp.GetRequiredService<ComparisonService>()).AddSingleton<CompareHandler>();
        services.AddSingleton<HistoryHandler>();
        services.AddSingleton<TopicsHandler>();
        services.AddSingleton<FactsHandler>();
        services.AddSingleton<FeedEndpoints>();
        services.AddSingleton<ExportEndpoints>();
        services.AddSingleton<DownloadEndpoints>();
        ApiDescription.Add(services);
        services.AddSingleton<SearchService>().AddSingleton<SearchHandler>();
        services.AddSingleton(TimeProvider.System).AddSingleton<CitationService>().AddSingleton<CiteHandler>();
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
