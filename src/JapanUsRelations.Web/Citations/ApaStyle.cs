namespace JapanUsRelations.Web.Citations;

/// <summary>
/// APA (7th edition) report reference, plain text and with the title as printed (no automatic sentence case, which
/// would lower-case proper nouns): <c>Manyin, M. E., …, &amp; Longo, D. J. (2026, February 5). U.S.-Japan Relations
/// (CRS In Focus No. IF10199). Congressional Research Service. Retrieved March 1, 2026, from URL</c>.
/// </summary>
public static class ApaStyle
{
    /// <summary>Formats the citation.</summary>
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        string title = work.Edition.Title + Report(work);
        if ((work.SectionTitle ?? work.SectionDescription) is { } section)
        {
            title = (work.Locator is { } locator ? $"{section}, {locator}" : section) + ". In " + title;
        }

        var parts = new List<string>();
        if (Authors(work) is { } authors)
        {
            parts.Add(CitedWork.Sentence(authors));
            parts.Add($"({Date(work)}).");
            parts.Add(CitedWork.Sentence(title));
        }
        else
        {
            parts.Add(CitedWork.Sentence(title));
            parts.Add($"({Date(work)}).");
        }

        if (!work.OrganisationIsAuthor)
        {
            parts.Add(CitedWork.Sentence(work.Edition.Publisher));
        }

        parts.Add($"Retrieved {work.AccessedDate}, from {work.Url}");
        return string.Join(' ', parts);
    }

    private static string Report(CitedWork work) => (work.Edition.Series, work.Edition.ReportNumber) switch
    {
        ({ } series, { } number) => $" ({series} No. {number})",
        (null, { } number) => $" (Report No. {number})",
        ({ } series, null) => $" [{series}]",
        _ => "",
    };

    private static string Date(CitedWork work) => work.Edition.Published is not { } d ? "n.d." : work.Edition.DatePrecision switch
    {
        Ingestion.Model.DatePrecision.Day => d.ToString("yyyy, MMMM d", System.Globalization.CultureInfo.InvariantCulture),
        Ingestion.Model.DatePrecision.Month => d.ToString("yyyy, MMMM", System.Globalization.CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string? Authors(CitedWork work)
    {
        if (work.OrganisationIsAuthor)
        {
            return work.Edition.Publisher;
        }

        var names = work.People.Select(p => p.InvertedInitials).ToList();
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
        };
    }
}
