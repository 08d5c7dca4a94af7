namespace JapanUsRelations.SyntheticCorpus;

/// <summary>What a run of lines of a seed is, as far as the generator changes it.</summary>
public enum SegmentKind
{
    /// <summary>Kept as written (masthead, tables, authors, disclaimer, paragraphs spanning page breaks).</summary>
    Verbatim,

    /// <summary>A section heading line (Markdown <c>#</c> marker kept apart from its text).</summary>
    Heading,

    /// <summary>A one-line body paragraph: its sentences can be changed, added, dropped and moved.</summary>
    Paragraph,
}
