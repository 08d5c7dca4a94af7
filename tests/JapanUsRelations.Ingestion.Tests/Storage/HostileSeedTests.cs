using System.Security.Cryptography;
using System.Text;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>Bad seeds give a clear error naming file and line, and the database being served is left untouched.</summary>
public class HostileSeedTests
{
    private static IngestionPipeline Pipeline => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance);

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty.txt: the file is empty")]
    [InlineData("binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "binary.txt:3: binary content")]
    [InlineData("latin1.txt", new byte[] { 0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0x0A, 0x43, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x6E, 0x64, 0x2E, 0x0A }, "latin1.txt:3: invalid UTF-8 (byte offset 10)")]
    public void A_broken_seed_names_file_and_line_and_leaves_the_served_database_untouched(string name, byte[] bytes, string expected)
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        string before = Hash(seeds.DatabasePath);
        seeds.Write(name, bytes);

        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        act.Should().Throw<SeedFormatException>().Which.Message.Should().StartWith(expected);
        Hash(seeds.DatabasePath).Should().Be(before);
        EditionReader.LoadAll(seeds.DatabasePath).Should().HaveCount(5);
        Directory.GetFiles(seeds.DataPath).Should().ContainSingle("no temporary database is left behind");
    }

    [Fact]
    public void A_seed_without_body_text_is_rejected_with_its_line()
    {
        using var seeds = new TempSeeds(copyRealSeeds: false);
        seeds.Write("title-only.txt", "Just A Title\n");
        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        act.Should().Throw<SeedFormatException>().WithMessage("title-only.txt:1: no body text*");
        File.Exists(seeds.DatabasePath).Should().BeFalse();
    }

    [Fact]
    public void Script_tags_and_event_handlers_in_a_seed_are_ingested_as_inert_visible_text()
    {
        using var seeds = new TempSeeds(copyRealSeeds: false);
        seeds.Write("hostile.md", "Updated March 3, 2027\n\n## Hostile Report\n\n### Overview\n\nBefore <script>alert('x')</script> and <img src=x onerror=alert(1)> and <b>bold</b> after.\n");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        var block = EditionReader.LoadAll(seeds.DatabasePath).Single().AllBlocks().Single().Block;
        block.Html.Should().NotContain("<script").And.NotContain("<img").And.Contain("&lt;script&gt;").And.Contain("<b>bold</b>");
        block.Text.Should().Contain("<script>alert('x')</script>").And.Contain("onerror=alert(1)");
    }

    [Fact]
    public void A_new_edition_without_a_manifest_entry_takes_its_date_from_its_updated_line()
    {
        using var seeds = new TempSeeds();
        seeds.Write("2027-crs.txt", "Updated July 4, 2027\n\nU.S.-Japan Relations\n\nOverview\n\nJapan and the United States met in 2027.\n");
        var editions = Pipeline.ParseSeeds(seeds.SeedsPath);
        var added = editions.Single(e => e.SourceFile == "2027-crs.txt");
        added.Id.Should().Be("2027-07-04");
        added.DateInferred.Should().BeFalse();
    }

    [Fact]
    public void A_new_edition_without_any_dateline_is_dated_by_the_latest_year_it_mentions_and_marked_inferred()
    {
        using var seeds = new TempSeeds();
        seeds.Write("undated-note.txt", "A Note On Relations\n\nIn 2019 and again in 2021, the two countries met; a 1960 treaty still binds them.\n");
        var added = Pipeline.ParseSeeds(seeds.SeedsPath).Single(e => e.SourceFile == "undated-note.txt");
        added.Id.Should().Be("2021");
        added.DatePrecision.Should().Be(DatePrecision.Year);
        added.DateInferred.Should().BeTrue();
        added.Kind.Should().Be(EditionKind.Report);
    }

    [Fact]
    public void Crlf_line_endings_and_a_bom_parse_like_the_original()
    {
        using var seeds = new TempSeeds(copyRealSeeds: false);
        string original = File.ReadAllText(Path.Combine(Seeds.Directory, "2026-02-05-crs-in-focus-if10199.txt"));
        seeds.Write("crlf.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(original.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray());
        var parsed = Pipeline.ParseSeeds(seeds.SeedsPath).Single();
        Outline.Of(parsed).Should().Equal(Outline.Of(Seeds.Edition("2026-02-05")));
        parsed.AllBlocks().Select(b => b.Block.Text).Should().Equal(Seeds.Edition("2026-02-05").AllBlocks().Select(b => b.Block.Text));
    }
}
