namespace JapanUsRelations.Web.Citations;

/// <summary>
/// Chicago (notes and bibliography, bibliography entry), plain text:
/// <c>Manyin, Mark E., …, and Daniel J. Longo. "U.S.-Japan Relations." CRS In Focus IF10199. Congressional Research
/// Service, February 5, 2026. Accessed March 1, 2026. URL.</c> A section is cited as a part: <c>"China." In
/// U.S.-Japan Relations. …</c>; a paragraph adds its number within the section: <c>"China," para. 1. In …</c>; an
/// untitled lead is described, not quoted as a title: <c>Untitled opening section, para. 2. In …</c>.
/// </summary>
public static class ChicagoStyle
{
    /// <summary>Formats the citation.</summary>
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var parts = new List<string>();
        if (Authors(work) is { } authors)
        {
            parts.Add(CitedWork.Sentence(authors));
        }

        string title = work.Edition.Title;
        if (work.SectionTitle is { } section)
        {
            parts.Add(work.Locator is { } locator ? $"\"{section},\" {locator}." : $"\"{CitedWork.Sentence(section)}\"");
            parts.Add($"In {CitedWork.Sentence(title)}");
        }
        else if (work.SectionDescription is { } described)
        {
            parts.Add(CitedWork.Sentence(work.Locator is { } locator ? $"{described}, {locator}" : described));
            parts.Add($"In {CitedWork.Sentence(title)}");
        }
        else
        {
            parts.Add($"\"{CitedWork.Sentence(title)}\"");
        }

        if (work.SeriesAndNumber is { } series)
        {
            parts.Add(CitedWork.Sentence(series));
        }

        parts.Add(CitedWork.Sentence(work.OrganisationIsAuthor ? work.LongDate : $"{work.Edition.Publisher}, {work.LongDate}"));
        parts.Add($"Accessed {work.AccessedDate}.");
        parts.Add($"{work.Url}.");
        return string.Join(' ', parts);
    }

    private static string? Authors(CitedWork work)
    {
        if (work.OrganisationIsAuthor)
        {
            return work.Edition.Publisher;
        }

        var people = work.People;
        if (people.Count == 0)
        {
            return null;
        }

        var names = people.Select((p, i) => i == 0 ? p.Inverted : p.Natural).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1];
    }
}
