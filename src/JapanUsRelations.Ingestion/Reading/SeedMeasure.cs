namespace JapanUsRelations.Ingestion.Reading;

/// <summary>
/// The sizes of one seed that bound the cost of parsing it, each with the 1-based line where its largest value
/// occurs (0 when it is a whole-file value). Measured by <see cref="SeedLimits.Measure"/> in one pass over the text.
/// </summary>
/// <param name="FileBytes">Bytes in the file.</param>
/// <param name="LongestLine">Characters in the longest line.</param>
/// <param name="LongestLineAt">Where the longest line is.</param>
/// <param name="DeepestNesting">Deepest nesting: quote markers (<c>&gt;</c>) at the start of a line, brackets
/// (<c>[</c>, <c>(</c>) or open HTML tags.</param>
/// <param name="DeepestNestingAt">Where the deepest nesting is.</param>
/// <param name="MostEmphasisMarks">Most emphasis marks (<c>*</c>, <c>_</c>, <c>~</c>) in one paragraph.</param>
/// <param name="MostEmphasisMarksAt">Where that paragraph starts.</param>
/// <param name="LargestTableRows">Most rows of one table (consecutive tab-separated lines, or <c>&lt;tr&gt;</c> of an HTML table).</param>
/// <param name="LargestTableRowsAt">Where that table starts.</param>
/// <param name="WidestTableRow">Most cells of one table row.</param>
/// <param name="WidestTableRowAt">Where that row is.</param>
/// <param name="MostNumbersInParagraph">Most numbers (runs of digits) in one paragraph (a run of non-blank lines).</param>
/// <param name="MostNumbersInParagraphAt">Where that paragraph starts.</param>
/// <param name="Numbers">Numbers in the whole file.</param>
/// <param name="Paragraphs">Paragraphs (runs of non-blank lines) in the whole file.</param>
public sealed record SeedMeasure(
    long FileBytes,
    int LongestLine,
    int LongestLineAt,
    int DeepestNesting,
    int DeepestNestingAt,
    int MostEmphasisMarks,
    int MostEmphasisMarksAt,
    int LargestTableRows,
    int LargestTableRowsAt,
    int WidestTableRow,
    int WidestTableRowAt,
    int MostNumbersInParagraph,
    int MostNumbersInParagraphAt,
    int Numbers,
    int Paragraphs);
