namespace JapanUsRelations.Ingestion.Tests.Stages;

/// <summary>
/// Every example of every stage spec (<c>Stages/Specs/*.md</c>): the stage's output for the small input equals the
/// expected output written beside it. A new layout gets an example here before it gets code.
/// </summary>
public class StageSpecTests
{
    public static TheoryData<string, int> ReadExamples => StageSpec.Rows("1-read.md");

    public static TheoryData<string, int> BlockExamples => StageSpec.Rows("2-block.md");

    public static TheoryData<string, int> ClassifyExamples => StageSpec.Rows("3-classify.md");

    public static TheoryData<string, int> RepairExamples => StageSpec.Rows("4-repair.md");

    public static TheoryData<string, int> StructureExamples => StageSpec.Rows("5-structure.md");

    public static TheoryData<string, int> InlineExamples => StageSpec.Rows("inline.md");

    [Theory]
    [MemberData(nameof(ReadExamples))]
    public void Read(string spec, int number) => Check(spec, number, StageRender.Read);

    [Theory]
    [MemberData(nameof(BlockExamples))]
    public void Block(string spec, int number) => Check(spec, number, StageRender.Block);

    [Theory]
    [MemberData(nameof(ClassifyExamples))]
    public void Classify(string spec, int number) => Check(spec, number, StageRender.Classify);

    [Theory]
    [MemberData(nameof(RepairExamples))]
    public void Repair(string spec, int number) => Check(spec, number, StageRender.Repair);

    [Theory]
    [MemberData(nameof(StructureExamples))]
    public void Structure(string spec, int number) => Check(spec, number, StageRender.Structure);

    [Theory]
    [MemberData(nameof(InlineExamples))]
    public void Inline(string spec, int number) => Check(spec, number, StageRender.Inline);

    [Fact]
    public void Every_spec_file_has_examples_and_every_stage_has_a_spec()
    {
        var files = Directory.GetFiles(StageSpec.Folder, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        files.Should().Equal("1-read.md", "2-block.md", "3-classify.md", "4-repair.md", "5-structure.md", "inline.md");
        files.Should().OnlyContain(f => StageSpec.Load(f!).Count >= 3, "each stage is specified by several layouts");
    }

    private static void Check(string spec, int number, Func<StageExample, string> stage)
    {
        var example = StageSpec.Load(spec).Single(e => e.Number == number);
        var render = example.Renderer switch
        {
            null => stage,
            "title" => StageRender.Title,
            var other => throw new InvalidOperationException($"{example}: unknown renderer '{other}'"),
        };
        render(example).Should().Be(example.Expected, example.ToString());
    }
}
