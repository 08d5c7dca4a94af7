namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// One run of non-blank-separated lines of an edition being generated. Headings keep their Markdown marker
/// (<c>### </c>, empty in plain text) apart from their text; paragraphs are one line.
/// </summary>
/// <param name="Kind">What the lines are.</param>
/// <param name="Lines">The lines (one for headings and paragraphs).</param>
/// <param name="Marker">A heading's Markdown marker, e.g. <c>### </c>; empty otherwise.</param>
public sealed record Segment(SegmentKind Kind, IReadOnlyList<string> Lines, string Marker = "")
{
    /// <summary>A heading's or paragraph's text (without the marker).</summary>
    public string Text => Kind == SegmentKind.Heading ? Lines[0][Marker.Length..] : string.Join('\n', Lines);

    /// <summary>A heading segment.</summary>
    public static Segment Heading(string marker, string text) => new(SegmentKind.Heading, [marker + text], marker);

    /// <summary>A paragraph segment.</summary>
    public static Segment Paragraph(string text) => new(SegmentKind.Paragraph, [text]);
}
