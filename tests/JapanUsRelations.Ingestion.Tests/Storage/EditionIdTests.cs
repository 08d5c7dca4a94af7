using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>
/// Edition ids are unique and stay put (issue 10): same-day products of different reports never collide, an edition
/// already served keeps its id when a newcomer claims the same date, a corrected date leaves an alias, and the same
/// files give the same ids every time.
/// </summary>
public sealed class EditionIdTests : IDisposable
{
    private readonly TempSeeds _seeds = new();

    private static string Product(string title, string dateline, string number) =>
        $"{title}\n\n{dateline} ({number})\n\nOverview\n\nThe {title} paragraph says what {number} is about.\n";

    private IReadOnlyList<Edition> Ingest()
    {
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(_seeds.SeedsPath, _seeds.DatabasePath);
        return JapanUsRelations.Store.EditionReader.LoadAll(_seeds.DatabasePath);
    }

    [Fact]
    public void Two_reports_updated_the_same_day_get_ids_qualified_by_report_number()
    {
        _seeds.Write("a.txt", Product("Firearms Excise Tax", "Updated September 16, 2026", "IF12173"));
        _seeds.Write("b.txt", Product("Canada Trade", "Updated September 16, 2026", "IF12595"));
        var ids = Ingest().Select(e => e.Id).ToList();
        ids.Should().Contain(["2026-09-16-if12173", "2026-09-16-if12595"]).And.NotContain("2026-09-16");
        ids.Should().Contain("2026-02-05", "the seeds' own ids are unchanged when no other edition shares their date");
    }

    [Fact]
    public void An_edition_already_served_keeps_its_id_when_a_new_file_claims_its_date()
    {
        Ingest().Should().Contain(e => e.Id == "2026-02-05" && e.ReportNumber == "IF10199");
        _seeds.Write("0-newcomer.txt", Product("Another Product", "Updated February 5, 2026", "IN12345"));
        var editions = Ingest();
        editions.Single(e => e.Id == "2026-02-05").ReportNumber.Should().Be("IF10199");
        editions.Single(e => e.ReportNumber == "IN12345").Id.Should().Be("2026-02-05-in12345");
    }

    [Fact]
    public void A_corrected_date_leaves_an_alias_from_the_old_id()
    {
        _seeds.Write("p.txt", Product("Some Product", "Updated May 1, 2026", "IF20001"));
        Ingest().Should().Contain(e => e.Id == "2026-05-01");
        _seeds.Write("p.txt", Product("Some Product", "Updated May 2, 2026", "IF20001"));
        Ingest().Should().Contain(e => e.Id == "2026-05-02");
        using var connections = new JapanUsRelations.Store.SnapshotConnections(_seeds.DatabasePath);
        var aliases = JapanUsRelations.Store.EditionAliases.Load(connections).All;
        aliases.Should().ContainSingle(a => a.OldId == "2026-05-01").Which.EditionId.Should().Be("2026-05-02");

        // A later file dated May 1 does not take over the id links were made with.
        _seeds.Write("q.txt", Product("Newer Product", "Updated May 1, 2026", "IF20002"));
        Ingest().Single(e => e.ReportNumber == "IF20002").Id.Should().Be("2026-05-01-if20002");
        using var later = new JapanUsRelations.Store.SnapshotConnections(_seeds.DatabasePath);
        JapanUsRelations.Store.EditionAliases.Load(later).All.Should().Contain(a => a.OldId == "2026-05-01" && a.EditionId == "2026-05-02");
    }

    [Fact]
    public void Ingesting_twice_gives_identical_ids_slugs_and_anchors()
    {
        _seeds.Write("a.txt", Product("Firearms Excise Tax", "Updated September 16, 2026", "IF12173"));
        _seeds.Write("b.txt", Product("Canada Trade", "Updated September 16, 2026", "IF12595"));
        static List<string> Keys(IEnumerable<Edition> editions) =>
            editions.SelectMany(e => e.AllBlocks().Select(b => $"{e.Id}/{b.Section.Slug}#{b.Block.Anchor}")).Order(StringComparer.Ordinal).ToList();
        var first = Keys(Ingest());
        Keys(Ingest()).Should().Equal(first);
    }

    [Fact]
    public void Editions_with_one_report_number_are_one_report_and_the_seed_subject_joins_related_reports()
    {
        var editions = Ingest();
        editions.Where(e => e.ReportKey == "IF10199").Select(e => e.Id).Should().BeEquivalentTo(["2024-11-05", "2026-02-05"]);
        editions.Where(e => e.Subject == "japan-us-relations").Select(e => e.Id).Should().BeEquivalentTo(["2016-03-11", "2018", "2024-11-05", "2026-02-05"]);
        editions.Single(e => e.Id == "2018").ReportKey.Should().Be("japan-us-relations", "an unnumbered report is known by its title slug (periods dropped)");
    }

    public void Dispose() => _seeds.Dispose();
}
