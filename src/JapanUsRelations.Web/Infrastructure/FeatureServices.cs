using JapanUsRelations.Web.Pages.Cite;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Pages.Editions;
using JapanUsRelations.Web.Pages.Facts;
using JapanUsRelations.Web.Pages.Topics;
using JapanUsRelations.Web.Pages.Search;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Where each feature registers its services and maps its JSON twins: one line per feature, so features can be
/// added without touching each other.
/// </summary>
public static class FeatureServices
{
    /// <summary>Registers feature services.</summary>
    public static void Add(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ComparisonService>();
        services.AddSingleton<IChangeMeter>(sp => sp.GetRequiredService<ComparisonService>());
        services.AddSingleton<TopicCatalog>();
        services.AddSingleton<FactCatalog>();
        services.AddSingleton<SearchService>();
        services.AddSingleton(TimeProvider.System).AddSingleton<CitationService>().AddSingleton<SectionAliases>();
    }

    /// <summary>Maps every feature's /api endpoints.</summary>
    public static void MapApi(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        EditionsApi.Map(app);
        CompareApi.Map(app);
        TopicsApi.Map(app);
        FactsApi.Map(app);
        SearchApi.Map(app);
        CiteApi.Map(app);
    }
}
