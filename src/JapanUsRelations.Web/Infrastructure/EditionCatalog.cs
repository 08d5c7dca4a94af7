using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The editions of the served database, loaded once (the database is rebuilt only by ingestion, never edited in
/// place). Knows the timeline: report editions by date, reference sources apart.
/// </summary>
public sealed class EditionCatalog
{
    private readonly Lazy<IReadOnlyList<Edition>> _editions;

    /// <summary>Creates a catalog over the configured database.</summary>
    public EditionCatalog(EditionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _editions = new Lazy<IReadOnlyList<Edition>>(() => new EditionRepository(options.DatabasePath).LoadAll());
    }

    /// <summary>Every edition and reference source.</summary>
    public IReadOnlyList<Edition> All => _editions.Value;

    /// <summary>Report editions, oldest first: the timeline.</summary>
    public IReadOnlyList<Edition> Reports => All.Where(e => e.Kind == EditionKind.Report).OrderBy(e => e.Published).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

    /// <summary>Reference sources (undated, non-government), listed apart from the timeline.</summary>
    public IReadOnlyList<Edition> References => All.Where(e => e.Kind == EditionKind.Reference).ToList();

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
        var reports = Reports;
        int i = IndexOf(reports, edition);
        return i > 0 ? reports[i - 1] : null;
    }

    /// <summary>The report edition after this one on the timeline, or null.</summary>
    public Edition? Next(Edition edition)
    {
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
