namespace JapanUsRelations.Ingestion.Tests.Hostile;

/// <summary>The kinds of damage the fuzz suite does to a seed (see <see cref="SeedMutation.Apply"/>).</summary>
public enum MutationKind
{
    /// <summary>Cut the file short.</summary>
    Truncate,

    /// <summary>Flip the top bit of one byte (often making invalid UTF-8).</summary>
    FlipByte,

    /// <summary>Insert a NUL byte.</summary>
    InsertNul,

    /// <summary>Insert bytes that are not UTF-8.</summary>
    InvalidUtf8,

    /// <summary>Prefix one or two byte-order marks.</summary>
    Bom,

    /// <summary>CRLF line endings.</summary>
    CrLf,

    /// <summary>Bare CR line endings.</summary>
    BareCr,

    /// <summary>U+2028 instead of line feeds.</summary>
    LineSeparator,

    /// <summary>A line of up to 150,000 characters without spaces.</summary>
    HugeLine,

    /// <summary>Nested block quotes.</summary>
    NestedQuotes,

    /// <summary>Nested <c>&lt;b&gt;</c> pairs.</summary>
    NestedTags,

    /// <summary>Runs of emphasis marks.</summary>
    NestedEmphasis,

    /// <summary>Nested brackets (links in Markdown).</summary>
    NestedBrackets,

    /// <summary>A tab table of many rows.</summary>
    HugeTable,

    /// <summary>A table row of many cells.</summary>
    WideRow,

    /// <summary>Many numbers for fact extraction.</summary>
    ManyNumbers,

    /// <summary>An impossible or duplicate dateline before the title.</summary>
    ImpossibleDate,

    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>Only whitespace.</summary>
    Whitespace,
}
