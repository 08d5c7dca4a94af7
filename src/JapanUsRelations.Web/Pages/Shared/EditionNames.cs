using System.Globalization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>
/// The one place that names an edition for a reader where several editions on one subject are named together: the
/// history lines of paragraphs and sentences, the section's history, the notice on an older edition, the search
/// hits' "in which editions". Two editions seen together never get the same name. The editions in view are the
/// editions on the named one's subject (its report and the related reports, the timeline lineage follows), so one
/// edition has one name on every page.
/// <list type="bullet">
/// <item><see cref="Name"/> (a history line: "first in November 2024"): month and year ("2018" with a year only,
/// "an undated edition" without a date) when no other edition in view shares them; else the date as precisely as
/// it is known ("July 3, 2027"; a month-only edition stays "July 2027": no day is invented);</item>
/// <item><see cref="Date"/> (a heading, the notice: "the February 5, 2026 edition"): the date as precisely as it is
/// known, <see cref="EditionDisplay.Date"/>.</item>
/// </list>
/// When that still leaves two editions one name (two month-only editions of one month, two of one day), each is
/// told apart by its report number when theirs differ ("July 2027 (IF10199)"), else by its place among them in
/// timeline order ("July 2027 (the second of two that month)").
/// </summary>
public sealed class EditionNames
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private static readonly string[] Counts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private readonly EditionCatalog _catalog;
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, string> _dates;

    /// <summary>Names for every edition of <paramref name="catalog"/>, each among the editions on its subject.</summary>
    public EditionNames(EditionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _names = new Dictionary<string, string>(StringComparer.Ordinal);
        _dates = new Dictionary<string, string>(StringComparer.Ordinal);
        // Listed is the timeline's order (by date, then id), the order lineage compares editions in.
        foreach (var subject in catalog.Listed.GroupBy(e => e.Subject, StringComparer.Ordinal))
        {
            var editions = subject.ToList();
            Distinct(editions, MonthYear, e => Precise(e, "an undated edition"), _names);
            Distinct(editions, EditionDisplay.Date, EditionDisplay.Date, _dates);
        }
    }

    /// <summary>The names of the editions of <paramref name="store"/>'s snapshot, made once per snapshot.</summary>
    public static EditionNames Of(ReadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Derived(static s => new EditionNames(s.Editions));
    }

    /// <summary>How a history line names the edition: "February 2026", or "July 3, 2027" when another edition in view is of July 2027.</summary>
    public string Name(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return _names.TryGetValue(edition.Id, out var name) ? name : MonthYear(edition);
    }

    /// <summary>The name of the edition with id <paramref name="editionId"/>; the id itself for an edition the catalog does not hold.</summary>
    public string Name(string editionId) => _catalog.Find(editionId) is { } edition ? Name(edition) : editionId;

    /// <summary>The name with its preposition: "in February 2026", "in 2018", "on July 3, 2027" (a name with a day).</summary>
    public string In(string editionId) => _catalog.Find(editionId) is { } edition
        ? (edition.DatePrecision == DatePrecision.Day && edition.Published is not null && Name(edition) != MonthYear(edition) ? "on " : "in ") + Name(edition)
        : "in " + editionId;

    /// <summary>The edition's date as precisely as it is known: "February 5, 2026", "2018", "Undated", told apart from the others in view.</summary>
    public string Date(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return _dates.TryGetValue(edition.Id, out var date) ? date : EditionDisplay.Date(edition);
    }

    /// <summary>The date of the edition with id <paramref name="editionId"/>; the id itself for an edition the catalog does not hold.</summary>
    public string Date(string editionId) => _catalog.Find(editionId) is { } edition ? Date(edition) : editionId;

    /// <summary>"February 2026", "2018", or "an undated edition": month and year, as far as they are known.</summary>
    private static string MonthYear(Edition edition) => edition.Published is not { } d ? "an undated edition" : edition.DatePrecision is DatePrecision.Day or DatePrecision.Month
        ? d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : d.ToString("yyyy", CultureInfo.InvariantCulture);

    /// <summary>The date to its precision: "July 3, 2027", "July 2027", "2018", or <paramref name="undated"/>.</summary>
    private static string Precise(Edition edition, string undated) => edition.Published is null ? undated : EditionDisplay.Date(edition);

    /// <summary>
    /// Names each of <paramref name="editions"/> (in timeline order) by <paramref name="first"/>; editions sharing that
    /// name by <paramref name="precise"/>; editions sharing that too by it with their report number or their place.
    /// </summary>
    private static void Distinct(List<Edition> editions, Func<Edition, string> first, Func<Edition, string> precise, Dictionary<string, string> into)
    {
        foreach (var byFirst in editions.GroupBy(first, StringComparer.Ordinal))
        {
            if (byFirst.Count() == 1)
            {
                into[byFirst.First().Id] = byFirst.Key;
                continue;
            }

            foreach (var byPrecise in byFirst.GroupBy(precise, StringComparer.Ordinal))
            {
                var same = byPrecise.ToList();
                bool byNumber = same.All(e => e.ReportNumber is not null) && same.Select(e => e.ReportNumber).Distinct(StringComparer.OrdinalIgnoreCase).Count() == same.Count;
                for (int i = 0; i < same.Count; i++)
                {
                    into[same[i].Id] = same.Count == 1 ? byPrecise.Key
                        : byNumber ? $"{byPrecise.Key} ({same[i].ReportNumber})"
                        : $"{byPrecise.Key} (the {Ordinal(i)} of {Count(same.Count)} {Span(same[i])})";
                }
            }
        }
    }

    private static string Ordinal(int index) => index < Ordinals.Length ? Ordinals[index] : "number " + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Count(int count) => count - 2 < Counts.Length ? Counts[count - 2] : count.ToString(CultureInfo.InvariantCulture);

    private static string Span(Edition edition) => edition.Published is null ? "without a date" : edition.DatePrecision switch
    {
        DatePrecision.Day => "that day",
        DatePrecision.Month => "that month",
        _ => "that year",
    };
}
