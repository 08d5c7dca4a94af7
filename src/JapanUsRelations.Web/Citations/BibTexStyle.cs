using System.Globalization;
using System.Text;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Citations;

/// <summary>
/// BibTeX/biblatex entry: <c>@techreport</c> for a report (institution, type = series, number), <c>@misc</c> for a
/// reference source; <c>url</c> and <c>urldate</c>; a section or paragraph goes in <c>note</c>. Special characters are
/// escaped; an organisation author is braced so it is not split into names.
/// </summary>
public static class BibTexStyle
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Formats the entry.</summary>
    public static string Format(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var edition = work.Edition;
        bool report = edition.Kind == EditionKind.Report;
        var fields = new List<(string Name, string Value)>();
        if (work.OrganisationIsAuthor)
        {
            fields.Add(("author", "{" + Escape(edition.Publisher) + "}"));
        }
        else if (work.People.Count > 0)
        {
            fields.Add(("author", string.Join(" and ", work.People.Select(p => Escape(p.Inverted)))));
        }

        fields.Add(("title", "{" + Escape(edition.Title) + "}"));
        fields.Add((report ? "institution" : "howpublished", Escape(edition.Publisher)));
        if (report && edition.Series is { } series)
        {
            fields.Add(("type", Escape(series)));
        }

        if (edition.ReportNumber is { } number)
        {
            fields.Add(("number", Escape(number)));
        }

        if (edition.Published is { } d)
        {
            fields.Add(("year", d.Year.ToString(CultureInfo.InvariantCulture)));
            if (edition.DatePrecision is DatePrecision.Month or DatePrecision.Day)
            {
                fields.Add(("month", Months[d.Month - 1]));
            }
        }

        if ((work.SectionTitle is { } section ? $"Section \"{section}\"" : work.SectionDescription) is { } part)
        {
            fields.Add(("note", Escape(part + (work.Locator is { } locator ? $", {locator}" : ""))));
        }

        fields.Add(("url", work.Url));
        fields.Add(("urldate", work.Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        var entry = new StringBuilder().Append('@').Append(report ? "techreport" : "misc").Append('{').Append(Key(work)).Append(",\n");
        foreach (var (name, value) in fields)
        {
            bool bare = name == "month" || name == "year";
            entry.Append("  ").Append(name).Append(" = ").Append(bare ? value : "{" + value + "}").Append(",\n");
        }

        return entry.Append('}').ToString();
    }

    private static string Key(CitedWork work)
    {
        string who = work.People.FirstOrDefault()?.Surname ?? (work.OrganisationIsAuthor ? work.Edition.Publisher : work.Edition.Title);
        string name = new(who.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault("x").Where(char.IsAsciiLetterOrDigit).ToArray());
        string key = name.ToLowerInvariant() + (work.Edition.Year?.ToString(CultureInfo.InvariantCulture) ?? "nd");
        if (work.Section is { } s)
        {
            key += "-" + s.Slug;
        }

        return work.Block is { } b ? key + "-" + b.Anchor : key;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' or '%' or '$' or '#' or '_' or '{' or '}' => "\\" + c,
                '\\' => "\\textbackslash{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
