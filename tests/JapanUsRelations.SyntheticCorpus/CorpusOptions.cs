namespace JapanUsRelations.SyntheticCorpus;

/// <summary>What to generate.</summary>
public sealed record CorpusOptions
{
    /// <summary>How many editions (default 100).</summary>
    public int Editions { get; init; } = 100;

    /// <summary>
    /// How many reports (default 0: one chain per base, each printing the base's own number and title). With N &gt; 0,
    /// N reports, report r starting from base r mod the number of bases with its own report number and title; the
    /// editions are shared out among them, every report publishing once per round.
    /// </summary>
    public int Reports { get; init; }

    /// <summary>The random seed: the same seed and options give byte-identical files (default 12).</summary>
    public int Seed { get; init; } = 12;

    /// <summary>The seed files each chain of editions starts from (default: the two IF10199 seeds, one Markdown, one plain text).</summary>
    public IReadOnlyList<string> Bases { get; init; } = [];

    /// <summary>The first edition's date; edition <c>k</c> is dated <c>k</c> days later (default 2026-03-01).</summary>
    public DateOnly FirstDate { get; init; } = new(2026, 3, 1);

    /// <summary>Also copy the real seeds and their manifest entries into the output (default false).</summary>
    public bool IncludeSeeds { get; init; }
}
