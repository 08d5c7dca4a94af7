using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>
/// The editions of one database snapshot (<see cref="ReadStore"/>), loaded once: a new database is a new snapshot with
/// its own catalog. Knows the timeline (report editions by date, reference sources apart) and the reports: editions grouped
/// by report key, with previous and next edition within a report.
/// </summary>
public sealed class EditionCatalog
{
    /// <summary>A catalog over editions as loaded by <see cref="EditionReader"/>.</summary>
    public EditionCatalog(IReadOnlyList<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        All = editions;
        Reports = All.Where(e => e.Kind == EditionKind.Report).OrderBy(e => e.Published).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        References = All.Where(e => e.Kind == EditionKind.Reference).ToList();
        ReportGroups = Reports.GroupBy(e => e.ReportKey, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ReportGroup(g.Key, g.ToList()))
            .OrderByDescending(g => g.Latest.Published)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        _previousOnSubject = Reports.GroupBy(e => e.Subject, StringComparer.Ordinal)
            .SelectMany(g => g.Zip(g.Skip(1), (older, newer) => (newer.Id, older)))
            .ToDictionary(x => x.Id, x => x.older, StringComparer.Ordinal);
        _reportOf = ReportGroups.SelectMany(g => g.Editions.Select(e => (e.Id, g))).ToDictionary(x => x.Id, x => x.g, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, ReportGroup> _reportOf;
    private readonly Dictionary<string, Edition> _previousOnSubject;

    /// <summary>Every report with its editions, the most recently updated first.</summary>
    public IReadOnlyList<ReportGroup> ReportGroups { get; }

    /// <summary>The report with this key or number (any case), or null.</summary>
    public ReportGroup? Report(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ReportGroups.FirstOrDefault(g => string.Equals(g.Key, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The report an edition belongs to (null for a reference source).</summary>
    public ReportGroup? ReportOf(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return _reportOf.GetValueOrDefault(edition.Id);
    }

    /// <summary>The other reports on the edition's subject (the fact sheet and the summary beside IF10199), most recent first.</summary>
    public IReadOnlyList<ReportGroup> RelatedReports(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return ReportGroups.Where(g => string.Equals(g.Subject, edition.Subject, StringComparison.Ordinal)
            && !string.Equals(g.Key, edition.ReportKey, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>
    /// Editions whose date is the bare day or year a reader typed ("2026-09-16", "2026"), when it names more than
    /// one edition: the page listing them stands where the id would.
    /// </summary>
    public IReadOnlyList<Edition> OnDate(string dayOrYear)
    {
        ArgumentNullException.ThrowIfNull(dayOrYear);
        if (!IsDayOrYear(dayOrYear))
        {
            return [];
        }

        return Listed.Where(e => e.Published is { } d
            && d.ToString(dayOrYear.Length == 4 ? "yyyy" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == dayOrYear
            && (dayOrYear.Length == 4 || e.DatePrecision == DatePrecision.Day)).ToList();
    }

    /// <summary>True for a year (<c>2024</c>) or a calendar day (<c>2024-11-05</c>), what <see cref="OnDate"/> accepts.</summary>
    public static bool IsDayOrYear(string text) =>
        (text.Length == 4 && text.All(char.IsAsciiDigit))
        || (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));

    /// <summary>Every edition and reference source, with their facts and topics.</summary>
    public IReadOnlyList<Edition> All { get; }

    /// <summary>Report editions, oldest first: the timeline.</summary>
    public IReadOnlyList<Edition> Reports { get; }

    /// <summary>Reference sources (undated, non-government), listed apart from the timeline.</summary>
    public IReadOnlyList<Edition> References { get; }

    /// <summary>Report editions oldest first, then the reference sources: the order every list of editions uses.</summary>
    public IReadOnlyList<Edition> Listed => [.. Reports, .. References];

    /// <summary>The edition with exactly this id, or null.</summary>
    public Edition? Find(string id) => All.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Resolves an id as a reader may type it: an exact id, or a year with exactly one edition in it (the caller
    /// redirects to that edition's id).
    /// </summary>
    public Edition? Resolve(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Find(id) is { } exact)
        {
            return exact;
        }

        var inYear = All.Where(e => e.Published is { } d && id.Length == 4 && d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == id).ToList();
        return inYear.Count == 1 ? inYear[0] : null;
    }

    /// <summary>The edition of the same report before this one, or null (the first edition, or a reference source).</summary>
    public Edition? Previous(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var reports = ReportOf(edition)?.Editions ?? [];
        int i = IndexOf(reports, edition);
        return i > 0 ? reports[i - 1] : null;
    }

    /// <summary>
    /// The edition before this one on its subject's timeline (any report on the same subject: the 2018 summary
    /// before the first IF10199 edition), or null.
    /// </summary>
    public Edition? PreviousOnSubject(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return _previousOnSubject.GetValueOrDefault(edition.Id);
    }

    /// <summary>The edition of the same report after this one, or null.</summary>
    public Edition? Next(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var reports = ReportOf(edition)?.Editions ?? [];
        int i = IndexOf(reports, edition);
        return i >= 0 && i + 1 < reports.Count ? reports[i + 1] : null;
    }

    private static int IndexOf(IReadOnlyList<Edition> reports, Edition edition)
    {
        for (int i = 0; i < reports.Count; i++)
        {
            if (string.Equals(reports[i].Id, edition.Id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
