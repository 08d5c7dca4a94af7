using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Lineage;

/// <summary>
/// Which edition each edition is compared with: the previous edition of its report, or, for the first edition of a
/// report, the previous edition on the same subject (the 2016 fact sheet → the 2018 summary → IF10199's first
/// edition → its next). Report editions only, ordered as the site's timeline orders them (by date, then id), so
/// the pairs are the ones the site shows as successive. Linear: one pair per edition at most.
/// </summary>
public static class EditionSteps
{
    /// <summary>Every (older, newer) pair to compare, the newer editions in timeline order.</summary>
    public static IReadOnlyList<(Edition Older, Edition Newer)> Of(IReadOnlyList<Edition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var reports = editions.Where(e => e.Kind == EditionKind.Report).OrderBy(e => e.Published).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var previousInReport = new Dictionary<Edition, Edition>(ReferenceEqualityComparer.Instance);
        foreach (var report in reports.GroupBy(e => e.ReportKey, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var (older, newer) in report.Zip(report.Skip(1)))
            {
                previousInReport[newer] = older;
            }
        }

        var previousOnSubject = new Dictionary<Edition, Edition>(ReferenceEqualityComparer.Instance);
        foreach (var subject in reports.GroupBy(e => e.Subject, StringComparer.Ordinal))
        {
            foreach (var (older, newer) in subject.Zip(subject.Skip(1)))
            {
                previousOnSubject[newer] = older;
            }
        }

        var steps = new List<(Edition, Edition)>();
        foreach (var edition in reports)
        {
            if (previousInReport.TryGetValue(edition, out var older) || previousOnSubject.TryGetValue(edition, out older))
            {
                steps.Add((older, edition));
            }
        }

        return steps;
    }
}
