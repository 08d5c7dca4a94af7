using JapanUsRelations.Ingestion.Reading;
using JapanUsRelations.Ingestion.Tests.Support;
using Xunit.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Hostile;

/// <summary>
/// The limits of <see cref="SeedLimits"/>: each is at least ten times the largest value in the real seeds and the CRS
/// corpus (so no real report is refused), and each refuses an input over it with the file, the line and the limit.
/// </summary>
public class SeedLimitsTests(ITestOutputHelper output)
{
    private static readonly SeedLimits Limits = SeedLimits.Default;

    private static SeedText Text(string name, string text) =>
        new(new SeedFile(name, System.Text.Encoding.UTF8.GetBytes(text)), text.Split('\n'), SeedFormat.Plain);

    [Fact]
    public void Every_limit_is_at_least_ten_times_the_largest_real_value_in_the_seeds_and_the_corpus()
    {
        var files = Directory.GetFiles(Seeds.Directory).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        if (Directory.Exists(JapanUsRelations.Ingestion.Tests.Corpus.CorpusFiles.Directory))
        {
            files.AddRange(Directory.GetFiles(JapanUsRelations.Ingestion.Tests.Corpus.CorpusFiles.Directory, "*.html"));
        }

        files.Should().HaveCountGreaterThan(5, "the corpus is read at test time");
        var measures = files.Select(f => (Name: Path.GetFileName(f), M: SeedLimits.Measure(File.ReadAllText(f).Split('\n'), new FileInfo(f).Length))).ToList();
        foreach (var (name, m) in measures)
        {
            output.WriteLine($"{name}: {m}");
        }

        measures.Max(x => x.M.FileBytes).Should().BeLessThan(Limits.MaxFileBytes / 10);
        measures.Max(x => x.M.LongestLine).Should().BeLessThan(Limits.MaxLineChars / 10);
        measures.Max(x => x.M.DeepestNesting).Should().BeLessThan(Limits.MaxNesting / 2, "nesting grows slowly in real text; the limit guards parsers' recursion");
        measures.Max(x => x.M.MostEmphasisMarks).Should().BeLessThan(Limits.MaxEmphasisMarks / 10);
        measures.Max(x => x.M.LargestTableRows).Should().BeLessThan(Limits.MaxTableRows / 10);
        measures.Max(x => x.M.WidestTableRow).Should().BeLessThan(Limits.MaxTableCells / 5);
        measures.Max(x => x.M.MostNumbersInParagraph).Should().BeLessThan(Limits.MaxNumbersPerParagraph / 10);
        measures.Max(x => x.M.Numbers).Should().BeLessThan(Limits.MaxNumbers / 10);
        measures.Max(x => x.M.Paragraphs).Should().BeLessThan(Limits.MaxParagraphs / 10);
    }

    [Fact]
    public void Measure_counts_what_a_reader_can_count_in_a_small_text()
    {
        // Three paragraphs; a two-row, three-cell tab table; a quote two deep; a bracket inside a bracket; 4 numbers.
        string[] lines =
        [
            "Title 2024",
            "",
            "> > quoted [a (b) c] and **bold** text",
            "",
            "\tA\tB",
            "Row\t1\t2",
            "",
            "Last 33 words.",
        ];
        var m = SeedLimits.Measure(lines, 100);
        m.LongestLine.Should().Be(lines[2].Length);
        m.LongestLineAt.Should().Be(3);
        m.DeepestNesting.Should().Be(2);
        m.MostEmphasisMarks.Should().Be(4);
        m.LargestTableRows.Should().Be(2);
        m.LargestTableRowsAt.Should().Be(5);
        m.WidestTableRow.Should().Be(3);
        m.Numbers.Should().Be(4);
        m.Paragraphs.Should().Be(4);
    }

    [Theory]
    [InlineData("huge-line", "a line has 150,000 characters; the limit is 100,000", 3)]
    [InlineData("nested-quotes", "nesting (quotes, brackets or HTML tags) has 2,000 levels", 3)]
    [InlineData("nested-bold-tags", "nesting (quotes, brackets or HTML tags) has 2,000 levels", 3)]
    [InlineData("nested-brackets", "nesting (quotes, brackets or HTML tags) has 5,000 levels", 3)]
    [InlineData("unmatched-emphasis", "a paragraph has 2,000 emphasis marks", 3)]
    [InlineData("wide-table-row", "a table row has 5,000 cells; the limit is 100", 3)]
    [InlineData("long-table", "a table has 5,000 rows; the limit is 1,000", 3)]
    [InlineData("numbers-paragraph", "a paragraph has 5,000 numbers; the limit is 2,000", 3)]
    public void An_input_over_a_limit_is_refused_with_file_line_and_the_limit(string shape, string expected, int line)
    {
        string body = shape switch
        {
            "huge-line" => new string('x', 150_000),
            "nested-quotes" => new string('>', 2_000) + " deep",
            "nested-bold-tags" => string.Concat(Enumerable.Repeat("<b>", 2_000)) + "x" + string.Concat(Enumerable.Repeat("</b>", 2_000)),
            "nested-brackets" => new string('[', 5_000) + "x" + new string(']', 5_000),
            "unmatched-emphasis" => string.Concat(Enumerable.Repeat("**", 1_000)),
            "wide-table-row" => string.Join('\t', Enumerable.Repeat("c", 5_000)),
            "long-table" => string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"r{i}\t1\t2")),
            "numbers-paragraph" => string.Join(' ', Enumerable.Range(0, 5_000)),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };

        var act = () => Limits.Check(Text(shape + ".txt", "Title\n\n" + body + "\n"));

        act.Should().Throw<SeedFormatException>().WithMessage($"{shape}.txt:{line}: {expected}*");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_by_its_length_before_it_is_read()
    {
        var act = () => Limits.CheckSize("big.txt", 20L * 1024 * 1024);
        act.Should().Throw<SeedFormatException>().WithMessage("big.txt: the file has 20,971,520 bytes; the limit is 1,048,576*");
    }
}
