using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using JapanUsRelations.Ingestion.Reading;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Hostile;

/// <summary>
/// One regression test per ingestion finding of issue 14: each hostile seed, placed beside the real ones, either
/// ingests or fails with a clear error naming the file, and on failure the served database stays byte-identical.
/// </summary>
public class IngestionFindingsTests
{
    private static IngestionPipeline Pipeline => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance);

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    // Ingests the real seeds, adds one hostile file, re-ingests: the error must name the file; the database is unchanged.
    private static SeedFormatException RefusedBesideTheRealSeeds(string name, byte[] bytes)
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        string before = Hash(seeds.DatabasePath);
        seeds.Write(name, bytes);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        var error = act.Should().Throw<SeedFormatException>().Which;
        (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore).Should().BeLessThan(500L * 1024 * 1024, "memory is bounded whatever the input");
        error.Message.Should().StartWith(name + ":");
        Hash(seeds.DatabasePath).Should().Be(before);
        Directory.GetFiles(seeds.DataPath).Should().ContainSingle("no temporary database or lock is left behind");
        return error;
    }

    private static byte[] Seed(string body) => Encoding.UTF8.GetBytes("Hostile Report\n\nOverview\n\n" + body + "\n");

    [Fact]
    public void A_table_of_one_row_and_50000_cells_is_refused_instead_of_exhausting_memory()
    {
        var error = RefusedBesideTheRealSeeds("wide.txt", Seed("\t" + string.Join('\t', Enumerable.Range(0, 50_000).Select(i => "1" + i % 10))));
        error.Message.Should().Contain("the limit is");
    }

    [Fact]
    public void A_table_of_100000_rows_is_refused_with_the_row_limit()
    {
        var rows = string.Join('\n', Enumerable.Range(0, 100_000).Select(i => i % 2 == 0 ? "a\t1" : "b\t2"));
        RefusedBesideTheRealSeeds("long-table.txt", Seed("\tA\n" + rows)).Message.Should().Contain("the limit is");
    }

    [Fact]
    public void A_20_MB_file_is_refused_by_its_size_before_it_is_read()
    {
        var bytes = new byte[20 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');
        RefusedBesideTheRealSeeds("huge.txt", bytes).Message.Should().Be("huge.txt: the file has 20,971,520 bytes; the limit is 1,048,576 (SeedLimits, far above any real report)");
    }

    [Fact]
    public void A_5_MB_line_without_spaces_is_refused_instead_of_timing_out_a_pattern()
    {
        RefusedBesideTheRealSeeds("long-line.txt", Seed(new string('x', 5 * 1024 * 1024))).Message.Should().Contain("limit");
    }

    [Fact]
    public void A_line_just_under_the_line_limit_without_spaces_ingests_or_fails_clearly()
    {
        using var seeds = new TempSeeds(copyRealSeeds: false);
        seeds.Write("long-word.txt", Seed(new string('x', SeedLimits.Default.MaxLineChars - 10)));
        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        act.Should().NotThrow();
        JapanUsRelations.Store.EditionReader.LoadAll(seeds.DatabasePath).Single().AllBlocks().Single().Block.Text.Should().HaveLength(SeedLimits.Default.MaxLineChars - 10);
    }

    [Theory]
    [InlineData("quotes.md", 2_000, "> ")]
    [InlineData("emphasis.md", 50_000, "*a ")]
    [InlineData("unmatched.md", 100_000, "**")]
    [InlineData("bold-tags.txt", 20_000, "<b>")]
    public void Deep_nesting_is_refused_with_a_limit_instead_of_a_parser_crash(string name, int count, string unit)
    {
        string body = string.Concat(Enumerable.Repeat(unit, count)) + "deep" + (unit == "<b>" ? string.Concat(Enumerable.Repeat("</b>", count)) : "");
        RefusedBesideTheRealSeeds(name, Seed(body)).Message.Should().Contain("the limit is");
    }

    [Fact]
    public void A_paragraph_of_100000_numbers_is_refused_instead_of_running_fact_extraction_for_minutes()
    {
        RefusedBesideTheRealSeeds("numbers.txt", Seed(string.Join(' ', Enumerable.Range(0, 100_000))));
    }

    [Fact]
    public void A_duplicate_manifest_entry_is_a_clear_error_naming_the_manifest_and_line()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        string before = Hash(seeds.DatabasePath);
        seeds.Write("manifest.json", "{\n  \"editions\": [\n    { \"file\": \"a.txt\" },\n    { \"file\": \"a.txt\" }\n  ]\n}\n");
        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        act.Should().Throw<SeedFormatException>().WithMessage("manifest.json:4: duplicate manifest entry for \"a.txt\"*");
        Hash(seeds.DatabasePath).Should().Be(before);
    }

    [Fact]
    public void An_empty_seeds_folder_is_refused_and_the_database_kept()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        string before = Hash(seeds.DatabasePath);
        foreach (string file in Directory.GetFiles(seeds.SeedsPath))
        {
            File.Delete(file);
        }

        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        act.Should().Throw<SeedFormatException>().WithMessage("*the seeds folder holds no seed files*database is kept*");
        Hash(seeds.DatabasePath).Should().Be(before);
        JapanUsRelations.Store.EditionReader.LoadAll(seeds.DatabasePath).Should().HaveCount(5);
    }

    [Fact]
    public void A_missing_seeds_folder_is_refused_and_the_database_kept()
    {
        using var seeds = new TempSeeds();
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        string before = Hash(seeds.DatabasePath);
        Directory.Delete(seeds.SeedsPath, recursive: true);
        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        act.Should().Throw<SeedFormatException>().WithMessage("*the seeds folder does not exist*");
        Hash(seeds.DatabasePath).Should().Be(before);
    }

    [Fact]
    public void Links_that_dangle_loop_lead_outside_or_to_a_device_are_skipped_and_listed_with_a_reason()
    {
        using var seeds = new TempSeeds();
        string outside = Path.Combine(seeds.Root, "outside.txt");
        File.WriteAllText(outside, "Outside Report\n\nOverview\n\nNot in the folder.\n");
        File.CreateSymbolicLink(Path.Combine(seeds.SeedsPath, "dangling.txt"), Path.Combine(seeds.Root, "nothing-here.txt"));
        File.CreateSymbolicLink(Path.Combine(seeds.SeedsPath, "loop-a.txt"), Path.Combine(seeds.SeedsPath, "loop-b.txt"));
        File.CreateSymbolicLink(Path.Combine(seeds.SeedsPath, "loop-b.txt"), Path.Combine(seeds.SeedsPath, "loop-a.txt"));
        File.CreateSymbolicLink(Path.Combine(seeds.SeedsPath, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(seeds.SeedsPath, "outside.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(seeds.SeedsPath, "inside-link.txt"), Path.Combine(seeds.SeedsPath, "2018-crs-japan-us-relations-summary.txt"));
        seeds.Write("README.md", "# About these seeds\n");

        var summary = Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);

        summary.Editions.Should().Be(6, "the five seeds and the link to one of them inside the folder");
        summary.Skipped.Select(s => s.Name).Should().Equal("README.md", "dangling.txt", "loop-a.txt", "loop-b.txt", "outside.txt", "zero.txt");
        summary.Skipped.Single(s => s.Name == "dangling.txt").Reason.Should().Contain("dangling");
        summary.Skipped.Single(s => s.Name == "loop-a.txt").Reason.Should().Contain("loops");
        summary.Skipped.Single(s => s.Name == "outside.txt").Reason.Should().Contain("outside the seeds folder");
        summary.Skipped.Single(s => s.Name == "zero.txt").Reason.Should().Contain("outside the seeds folder");
        summary.Skipped.Single(s => s.Name == "README.md").Reason.Should().Contain("README");
    }

    [Fact(Timeout = 120_000)]
    public async Task A_fifo_in_the_seeds_folder_is_skipped_instead_of_blocking_forever()
    {
        using var seeds = new TempSeeds();
        string fifo = Path.Combine(seeds.SeedsPath, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.Should().Be(0);
        }

        var summary = await Task.Run(() => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath));

        summary.Editions.Should().Be(5);
        summary.Skipped.Should().ContainSingle(s => s.Name == "pipe.txt").Which.Reason.Should().Contain("FIFO");
    }

    [Fact]
    public void A_database_path_that_is_a_folder_is_a_clear_error()
    {
        using var seeds = new TempSeeds();
        Directory.CreateDirectory(seeds.DatabasePath);
        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        act.Should().Throw<DatabaseFileException>().WithMessage($"{seeds.DatabasePath}: is a folder, not a database file*");
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_ingestion_are_removed_by_the_next_run()
    {
        using var seeds = new TempSeeds();
        File.WriteAllText(seeds.DatabasePath + ".tmp-0123456789abcdef", "half-written");
        File.WriteAllText(seeds.DatabasePath + ".tmp-0123456789abcdef-journal", "journal");
        Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        Directory.GetFiles(seeds.DataPath).Select(Path.GetFileName).Should().Equal("editions.db");
    }

    [Fact]
    public void A_second_ingestion_into_the_same_database_while_one_holds_the_lock_is_refused()
    {
        using var seeds = new TempSeeds();
        using var held = new FileStream(seeds.DatabasePath + ".lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        var act = () => Pipeline.Run(seeds.SeedsPath, seeds.DatabasePath);
        act.Should().Throw<DatabaseFileException>().WithMessage("*another ingestion is writing this database*");
        File.Exists(seeds.DatabasePath).Should().BeFalse();
    }

    [Fact]
    public void A_pattern_timeout_inside_parsing_becomes_a_clear_error_naming_file_and_line()
    {
        var file = new SeedFile("slow.txt", Encoding.UTF8.GetBytes("Title\n\nfirst\nsecond line that is slow\n"));
        var act = () => SeedGuard.Run<int>(file, () => throw new System.Text.RegularExpressions.RegexMatchTimeoutException("second line that is slow", "(a+)+$", TimeSpan.FromSeconds(1)));
        var error = act.Should().Throw<SeedFormatException>().Which;
        error.Message.Should().StartWith("slow.txt:4: a text pattern gave up after 1 s");
        error.InnerException.Should().BeOfType<System.Text.RegularExpressions.RegexMatchTimeoutException>();
    }

    [Fact]
    public void Any_unexpected_exception_inside_parsing_becomes_a_clear_error_naming_the_file()
    {
        var file = new SeedFile("bug.txt", Encoding.UTF8.GetBytes("Title\n\nText.\n"));
        var act = () => SeedGuard.Run<int>(file, () => throw new InvalidOperationException("depth limit exceeded\n   at Somewhere()"));
        act.Should().Throw<SeedFormatException>().Which.Message.Should().Be("bug.txt: could not be parsed (InvalidOperationException: depth limit exceeded)");
    }
}
