using JapanUsRelations.Ingestion.Classification;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>A section while the tree is being built: mutable, discarded once the model is made.</summary>
internal sealed class SectionNode
{
    public SectionNode(string? headingMarkup, int rawLevel, int sourceLine, bool isRunIn = false)
    {
        HeadingMarkup = headingMarkup;
        RawLevel = rawLevel;
        SourceLine = sourceLine;
        IsRunIn = isRunIn;
    }

    public string? HeadingMarkup { get; }

    public int RawLevel { get; }

    public int SourceLine { get; }

    public bool IsRunIn { get; }

    public List<ClassifiedBlock> Items { get; } = [];

    public List<SectionNode> Children { get; } = [];
}
