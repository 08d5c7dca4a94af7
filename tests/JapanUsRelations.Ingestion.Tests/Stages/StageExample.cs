namespace JapanUsRelations.Ingestion.Tests.Stages;

/// <summary>One example of a stage spec: a small input and the stage's expected output, side by side in a Markdown file.</summary>
/// <param name="Spec">The spec file's name, e.g. <c>2-block.md</c>.</param>
/// <param name="Number">The example's number within its file, from 1.</param>
/// <param name="Section">The heading the example stands under: the layout feature it shows.</param>
/// <param name="Line">The line of the spec file where the example starts.</param>
/// <param name="Renderer">The renderer named after <c>example</c>, or null for the file's own.</param>
/// <param name="Input">The input, escapes decoded.</param>
/// <param name="Expected">The expected output, escapes decoded.</param>
public sealed record StageExample(string Spec, int Number, string Section, int Line, string? Renderer, string Input, string Expected)
{
    /// <summary>"2-block.md example 3 (line 40, Long prose lines)".</summary>
    public override string ToString() => $"{Spec} example {Number} (line {Line}, {Section})";
}
