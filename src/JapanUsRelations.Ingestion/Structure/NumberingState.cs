namespace JapanUsRelations.Ingestion.Structure;

/// <summary>Counters shared while one edition's sections and blocks are numbered in reading order.</summary>
internal sealed class NumberingState
{
    public HashSet<string> Slugs { get; } = new(StringComparer.Ordinal);

    public int Sections { get; set; }

    public int Blocks { get; set; }

    public int Paragraphs { get; set; }

    public int Tables { get; set; }

    public int Lists { get; set; }

    public int Figures { get; set; }
}
