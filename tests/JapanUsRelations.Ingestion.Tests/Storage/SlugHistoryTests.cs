using Dapper;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>Section slugs renamed between ingestions of the same edition leave aliases, so old links keep working.</summary>
public class SlugHistoryTests
{
    private const string Seed2026 = "2026-02-05-crs-in-focus-if10199.txt";

    private static IngestionPipeline Pipeline => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance);

    [Fact]
    public void Ingesting_unchanged_seeds_again_records_no_alias()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        SlugHistory.Load(seeds.DatabasePath).Should().BeEmpty();
    }

    [Fact]
    public void A_renamed_heading_leaves_an_alias_from_the_old_slug_to_the_section_with_the_same_text()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        var before = SectionText(seeds.DatabasePath, "2026-02-05", "japans-political-situation");

        Rename(seeds, "Japan's Political Situation", "Japan's Political Outlook");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        SlugHistory.Load(seeds.DatabasePath).Should().Equal(new SlugAlias("2026-02-05", "japans-political-situation", "japans-political-outlook"));
        SectionText(seeds.DatabasePath, "2026-02-05", "japans-political-outlook").Should().Be(before).And.Contain("Takaichi");
    }

    [Fact]
    public void Two_renames_in_a_row_point_every_old_slug_at_the_newest_one()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        Rename(seeds, "Japan's Political Situation", "Japan's Political Outlook");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        Rename(seeds, "Japan's Political Outlook", "Politics in Japan");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        SlugHistory.Load(seeds.DatabasePath).Should().BeEquivalentTo(
        [
            new SlugAlias("2026-02-05", "japans-political-outlook", "politics-in-japan"),
            new SlugAlias("2026-02-05", "japans-political-situation", "politics-in-japan"),
        ]);
    }

    [Fact]
    public void Renaming_back_drops_the_alias_because_the_old_slug_is_a_real_section_again()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        Rename(seeds, "Japan's Political Situation", "Japan's Political Outlook");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        Rename(seeds, "Japan's Political Outlook", "Japan's Political Situation");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        SlugHistory.Load(seeds.DatabasePath).Should().Equal(new SlugAlias("2026-02-05", "japans-political-outlook", "japans-political-situation"));
    }

    [Fact]
    public void Two_headings_renamed_at_once_each_follow_their_own_text()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        Rename(seeds, "Japan's Political Situation", "Domestic Politics");
        Rename(seeds, "Economic and Trade Issues", "Trade and Investment");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        SlugHistory.Load(seeds.DatabasePath).Should().BeEquivalentTo(
        [
            new SlugAlias("2026-02-05", "economic-and-trade-issues", "trade-and-investment"),
            new SlugAlias("2026-02-05", "japans-political-situation", "domestic-politics"),
        ]);
    }

    [Fact]
    public void A_section_whose_text_is_gone_gets_no_alias_and_other_editions_are_untouched()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        string path = Path.Combine(seeds.SeedsPath, Seed2026);
        var lines = File.ReadAllLines(path).ToList();
        int heading = lines.IndexOf("Japan's Political Situation");
        int next = lines.IndexOf("The U.S.-Japan Military Alliance");
        heading.Should().BePositive();
        next.Should().BeGreaterThan(heading);
        lines.RemoveRange(heading, next - heading);
        File.WriteAllLines(path, lines);
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        SlugHistory.Load(seeds.DatabasePath).Should().BeEmpty();
    }

    [Fact]
    public void An_unreadable_previous_database_is_replaced_without_aliases()
    {
        using var seeds = new TempSeeds();
        File.WriteAllText(seeds.DatabasePath, "this is not a SQLite database");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        SlugHistory.Load(seeds.DatabasePath).Should().BeEmpty();
        EditionReader.LoadAll(seeds.DatabasePath).Should().HaveCount(5);
    }

    [Fact]
    public void Carry_checks_its_arguments()
    {
        var act = () => SlugHistory.Carry("", [], NullLogger.Instance);
        act.Should().Throw<ArgumentException>();
        SlugHistory.Carry("/no/such/file.db", [], NullLogger.Instance).Should().BeEmpty();
    }

    private static void Rename(TempSeeds seeds, string from, string to)
    {
        string path = Path.Combine(seeds.SeedsPath, Seed2026);
        var lines = File.ReadAllLines(path);
        lines.Count(l => l == from).Should().Be(1, $"the seed has one heading line '{from}'");
        File.WriteAllLines(path, lines.Select(l => l == from ? to : l));
    }

    private static string SectionText(string databasePath, string edition, string slug)
    {
        using var connection = Database.Open(databasePath);
        return string.Join('\n', connection.Query<string>(
            "SELECT b.text FROM block b JOIN section s ON s.id = b.section_id JOIN edition e ON e.id = s.edition_id WHERE e.slug = @edition AND s.slug = @slug ORDER BY b.ordinal",
            new { edition, slug }));
    }
}
