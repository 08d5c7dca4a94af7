using System.Text.Json;
using JapanUsRelations.Comparison;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Compare;

/// <summary>
/// The comparison service reads each edition's comparison with its predecessor from the database (stored at
/// ingestion) and computes other pairs on demand, keeping a bounded number.
/// </summary>
[Collection(SiteCollection.Name)]
public class StoredComparisonTests(RunningSite site)
{
    private ReadStore Store => site.Services.GetRequiredService<ReadStore>();

    private ComparisonService Fresh(int? capacity = null) => new(Store, new ConfigurationBuilder()
        .AddInMemoryCollection(capacity is { } c ? [new(ComparisonService.CacheSizeKey, c.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [])
        .Build());

    [Fact]
    public void Successive_editions_on_the_subject_are_read_from_the_store_not_computed()
    {
        var service = Fresh();
        foreach (var (older, newer) in new[] { ("2016-03-11", "2018"), ("2018", "2024-11-05"), ("2024-11-05", "2026-02-05") })
        {
            var view = service.Find(older, newer)!;
            service.ChangedShare(view.Left, view.Right).Should().Be(view.Comparison.ChangedShare);
            var computed = EditionComparer.Compare(view.Left, view.Right);
            JsonSerializer.Serialize(view.Comparison).Should().Be(JsonSerializer.Serialize(computed), $"{older} → {newer} stored equals computed");
        }

        service.Cache.Computed.Should().Be(0);
    }

    [Fact]
    public void Another_pair_is_computed_once_and_the_cache_keeps_at_most_its_capacity()
    {
        var service = Fresh(capacity: 2);
        service.Cache.Capacity.Should().Be(2);
        var first = service.Find("2016-03-11", "2026-02-05")!.Comparison;
        service.Cache.Computed.Should().Be(1, "2016 → 2026 is not a stored step");
        service.Find("2016-03-11", "2026-02-05")!.Comparison.Should().BeSameAs(first);
        service.Cache.Computed.Should().Be(1);

        service.Find("2026-02-05", "2024-11-05");
        service.Find("2018", "2026-02-05");
        service.Cache.Count.Should().Be(2);
        service.Cache.Computed.Should().Be(3);
        service.Find("2016-03-11", "2026-02-05")!.Comparison.Should().NotBeSameAs(first, "the least recently used pair was dropped");
        service.Cache.Computed.Should().Be(4);
    }
}
