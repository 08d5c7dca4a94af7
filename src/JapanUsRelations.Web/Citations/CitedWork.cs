using System.Globalization;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Citations;

/// <summary>What is cited (an edition, one of its sections, or one paragraph, table or list), where, and when it was read.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Section">The section, or null for the whole edition.</param>
/// <param name="Block">The paragraph, table or list, or null for the whole section or edition.</param>
/// <param name="Url">The absolute permalink.</param>
/// <param name="Accessed">The day the reader read it.</param>
public sealed record CitedWork(Edition Edition, Section? Section, Block? Block, string Url, DateOnly Accessed)
{
    /// <summary>True when nobody is named in the byline, so the publishing organisation is the author.</summary>
    public bool OrganisationIsAuthor => Edition.Authors.Count == 0 && Edition.IsGovernment;

    /// <summary>The people of the byline.</summary>
    public IReadOnlyList<PersonName> People => Edition.Authors.OrderBy(a => a.Ordinal).Select(a => PersonName.Parse(a.Name)).ToList();

    /// <summary>"CRS In Focus IF10199", "Fact Sheet", "IF10199", or null.</summary>
    public string? SeriesAndNumber => string.Join(' ', new[] { Edition.Series, Edition.ReportNumber }.Where(p => !string.IsNullOrEmpty(p))) is { Length: > 0 } s ? s : null;

    /// <summary>The section heading as printed, cited as a title; null for the whole edition and for an untitled lead (see <see cref="SectionDescription"/>).</summary>
    public string? SectionTitle => Section?.Heading;

    /// <summary>
    /// How an untitled lead is named: described, never quoted as if it were a title ("Untitled opening section");
    /// null when the section has a heading or no section is cited.
    /// </summary>
    public string? SectionDescription => Section is { Heading: null } ? "Untitled opening section" : null;

    /// <summary>
    /// "para. 2", "table 1", "list 1", "figure 1" for a block, counted within its section (the section's own blocks of that
    /// kind, in reading order: a section with one paragraph has only "para. 1"); null otherwise.
    /// </summary>
    public string? Locator => Block is null || Section is null ? null : (Block.Kind switch
    {
        BlockKind.Table => "table ",
        BlockKind.List => "list ",
        BlockKind.Figure => "figure ",
        _ => "para. ",
    }) + OrdinalInSection(Section, Block).ToString(CultureInfo.InvariantCulture);

    private static int OrdinalInSection(Section section, Block block) =>
        section.Blocks.Where(b => b.Kind == block.Kind).ToList().FindIndex(b => string.Equals(b.Anchor, block.Anchor, StringComparison.Ordinal)) + 1;

    /// <summary>"February 5, 2026", "February 2026", "2018" or "n.d.".</summary>
    public string LongDate => Edition.Published is not { } d ? "n.d." : Edition.DatePrecision switch
    {
        DatePrecision.Day => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The day of reading, "March 1, 2026".</summary>
    public string AccessedDate => Accessed.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>Appends a full stop unless the text already ends with one.</summary>
    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
    }
}
