namespace JapanUsRelations.Ingestion.Blocks;

/// <summary>A run of source lines that belong together, with where they stand in the file.</summary>
/// <param name="Lines">The lines as written.</param>
/// <param name="FirstLine">1-based source line of the first line.</param>
public sealed record RawBlock(IReadOnlyList<string> Lines, int FirstLine)
{
    /// <summary>1-based source line of the last line.</summary>
    public int LastLine => FirstLine + Lines.Count - 1;

    /// <summary>The lines joined with LF.</summary>
    public string Text => string.Join('\n', Lines);
}
