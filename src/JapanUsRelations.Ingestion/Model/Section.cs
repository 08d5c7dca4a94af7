namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// A section of an edition: a heading (null for the untitled lead), its blocks, and its subsections (run-in heads
/// such as "China." become subsections). Slugs are unique within the edition and deterministic.
/// </summary>
public sealed record Section
{
    /// <summary>URL slug, unique in the edition, e.g. <c>regional-relations</c>, <c>china</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The heading as written without markup; null for an untitled lead section.</summary>
    public required string? Heading { get; init; }

    /// <summary>Normalised depth: 1 for top-level sections, 2 for their subsections.</summary>
    public required int Level { get; init; }

    /// <summary>1-based position among all sections of the edition, in reading order.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Slugs from the top, joined with <c>/</c>, e.g. <c>regional-relations/china</c>.</summary>
    public required string Path { get; init; }

    /// <summary>True where the heading was a run-in head at the start of a paragraph ("China." / "**South Korea.**").</summary>
    public bool IsRunIn { get; init; }

    /// <summary>Source line of the heading (of the first block for an untitled lead).</summary>
    public required int SourceLine { get; init; }

    /// <summary>Body blocks directly in this section, in order.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>Subsections, in order.</summary>
    public IReadOnlyList<Section> Children { get; init; } = [];

    /// <summary>This section and every section below it, in reading order.</summary>
    public IEnumerable<Section> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var s in child.SelfAndDescendants())
            {
                yield return s;
            }
        }
    }
}
