namespace JapanUsRelations.Ingestion.Model;

/// <summary>
/// One edition of the report (or one reference text): its metadata, its section tree, and what enrichment stages
/// found in it (facts, topics). Immutable; stages return modified copies.
/// </summary>
public sealed record Edition
{
    /// <summary>
    /// URL id: ISO date (<c>2026-02-05</c>), the year where only that is known (<c>2018</c>), else a title slug; when
    /// several editions share a date, qualified by report number (<c>2026-09-16-if12173</c>). Kept from one ingestion
    /// to the next (see <see cref="Identity.EditionIdentity"/>).
    /// </summary>
    public required string Id { get; init; }

    /// <summary>Title as printed (repaired where the scrape damaged it; see <see cref="Repairs"/>).</summary>
    public required string Title { get; init; }

    /// <summary>Publisher, e.g. "Congressional Research Service".</summary>
    public required string Publisher { get; init; }

    /// <summary>Series, e.g. "CRS In Focus" or "Fact Sheet"; null when none.</summary>
    public string? Series { get; init; }

    /// <summary>Report number, e.g. "IF10199"; null when none.</summary>
    public string? ReportNumber { get; init; }

    /// <summary>
    /// The report this is an edition of: its number ("IF10199") when it has one, else a slug of its title. Editions
    /// with the same key are one report: previous/next edition and "% changed since previous" stay within it.
    /// </summary>
    public string ReportKey { get; init; } = "";

    /// <summary>The subject shared with related reports (manifest <c>subject</c>); the report key when none is given.</summary>
    public string Subject { get; init; } = "";

    /// <summary>Publication date; for year precision, January 1 of that year; null when undated.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>How much of <see cref="Published"/> is known.</summary>
    public required DatePrecision DatePrecision { get; init; }

    /// <summary>True when the date was inferred (from the latest year the text mentions) rather than stated.</summary>
    public bool DateInferred { get; init; }

    /// <summary>Where the date came from, in words: "dateline 'Updated February 5, 2026'", "manifest", ….</summary>
    public string DateSource { get; init; } = "";

    /// <summary>Report or reference.</summary>
    public required EditionKind Kind { get; init; }

    /// <summary>True for government publications (State Department, CRS).</summary>
    public bool IsGovernment { get; init; }

    /// <summary>The seed's file name (within <c>seeds/</c>).</summary>
    public required string SourceFile { get; init; }

    /// <summary>Lower-case hex SHA-256 of the seed's bytes.</summary>
    public required string SourceSha256 { get; init; }

    /// <summary>"markdown" or "plain".</summary>
    public required string SourceFormat { get; init; }

    /// <summary>The byline, in order.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>Top-level sections, in order.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>Disclaimers, navigation notes and further-reading lists.</summary>
    public IReadOnlyList<EditionNote> Notes { get; init; } = [];

    /// <summary>Structural repairs the parser made, with their source lines.</summary>
    public IReadOnlyList<Repair> Repairs { get; init; } = [];

    /// <summary>Facts found by the facts stage (empty before it runs).</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>Topic assignments of body blocks found by the topics stage (empty before it runs).</summary>
    public IReadOnlyList<TopicAssignment> Topics { get; init; } = [];

    /// <summary>Every section, depth-first, in reading order.</summary>
    public IEnumerable<Section> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());

    /// <summary>Every body block with the section that holds it, in reading order.</summary>
    public IEnumerable<(Section Section, Block Block)> AllBlocks() =>
        AllSections().SelectMany(s => s.Blocks.Select(b => (s, b)));

    /// <summary>The year of publication, or null when undated.</summary>
    public int? Year => Published?.Year;
}
