using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Store;

/// <summary>
/// The editions of the served database, loaded once (the database is rebuilt only by ingestion, never edited in
/// place). Knows the timeline: report editions by date, reference sources apart.
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
    }

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

    /// <summary>The report edition before this one on the timeline, or null.</summary>
    public Edition? Previous(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var reports = Reports;
        int i = IndexOf(reports, edition);
        return i > 0 ? reports[i - 1] : null;
    }

    /// <summary>The report edition after this one on the timeline, or null.</summary>
    public Edition? Next(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var reports = Reports;
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
