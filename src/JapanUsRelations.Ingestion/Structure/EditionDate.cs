using System.Globalization;
using System.Text.RegularExpressions;
using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>An edition's publication date, how precise it is, and where it came from.</summary>
/// <param name="Date">The date (January 1 of the year for year precision); null when undated.</param>
/// <param name="Precision">How much is known.</param>
/// <param name="Inferred">True when guessed from the latest year the text mentions.</param>
/// <param name="Source">Where the date came from, in words.</param>
public sealed partial record EditionDate(DateOnly? Date, DatePrecision Precision, bool Inferred, string Source)
{
    /// <summary>
    /// Resolves the date: the manifest first, then the dateline or masthead date, else the latest year mentioned
    /// in the body (marked inferred), else undated.
    /// </summary>
    /// <exception cref="SeedFormatException">The dateline names a day that does not exist (February 30, April 31,
    /// March 0, year 0000); the error names <paramref name="fileName"/> and <paramref name="datelineLine"/>.</exception>
    public static EditionDate Resolve(
        string fileName, string? manifestPublished, string? dateline, int datelineLine, IEnumerable<string> masthead, IEnumerable<string> bodyTexts)
    {
        ArgumentNullException.ThrowIfNull(masthead);
        ArgumentNullException.ThrowIfNull(bodyTexts);
        if (!string.IsNullOrWhiteSpace(manifestPublished))
        {
            return FromManifest(manifestPublished.Trim());
        }

        foreach (string? line in new[] { dateline }.Concat(masthead))
        {
            var match = line is null ? Match.Empty : LinePatterns.Dateline().Match(line);
            if (match.Success)
            {
                int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                int month = DateTime.ParseExact(match.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
                if (year < MinYear || year > MaxYear)
                {
                    throw new SeedFormatException(fileName, datelineLine, $"impossible date \"{line}\": the year must be between {MinYear} and {MaxYear}");
                }

                if (!match.Groups["day"].Success)
                {
                    return new EditionDate(new DateOnly(year, month, 1), DatePrecision.Month, false, $"dateline \"{line}\"");
                }

                int day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                int days = DateTime.DaysInMonth(year, month);
                if (day < 1 || day > days)
                {
                    throw new SeedFormatException(
                        fileName, datelineLine, $"impossible date \"{line}\": {match.Groups["month"].Value} {year} has days 1 to {days}");
                }

                return new EditionDate(new DateOnly(year, month, day), DatePrecision.Day, false, $"dateline \"{line}\"");
            }
        }

        int? latest = bodyTexts.SelectMany(t => Year().Matches(t)).Select(m => (int?)int.Parse(m.Value, CultureInfo.InvariantCulture)).Max();
        return latest is { } y
            ? new EditionDate(new DateOnly(y, 1, 1), DatePrecision.Year, true, $"inferred: the latest year the text mentions is {y}")
            : new EditionDate(null, DatePrecision.None, false, "undated: the text gives no date and mentions no year");
    }

    /// <summary>Earliest year a dateline may give (CRS was founded as the Legislative Reference Service in 1914).</summary>
    public const int MinYear = 1900;

    /// <summary>Latest year a dateline may give.</summary>
    public const int MaxYear = 2199;

    private static EditionDate FromManifest(string value)
    {
        if (string.Equals(value, "undated", StringComparison.OrdinalIgnoreCase))
        {
            return new EditionDate(null, DatePrecision.None, false, "undated (manifest)");
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new SeedFormatException(Manifest.SeedManifest.FileName, 0, $"published \"{value}\" is not YYYY, YYYY-MM, YYYY-MM-DD or \"undated\"");
        }

        var precision = value.Length switch { 4 => DatePrecision.Year, 7 => DatePrecision.Month, _ => DatePrecision.Day };
        return new EditionDate(date, precision, false, "manifest");
    }

    /// <summary>The edition id this date gives: 2026-02-05, 2018-10 or 2018; null when undated.</summary>
    public string? ToId() => Date is not { } d ? null : Precision switch
    {
        DatePrecision.Day => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"\b(?:18|19|20)\d\d\b")]
    private static partial Regex Year();
}
