using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// The patterns the quantity recogniser tries, in priority order (an earlier pattern's match wins an overlap).
/// Group <c>q</c> is the qualifier, <c>n</c> a numeral, <c>s</c> a scale word, <c>m</c>/<c>d</c>/<c>y</c> a date.
/// </summary>
internal static partial class QuantityPatterns
{
    private const string Qualifier = @"(?:(?<q>[Aa]round|[Aa]bout|[Rr]oughly|[Aa]pproximately|[Mm]ore than|[Ll]ess than|[Ff]ewer than|[Oo]ver|[Uu]nder|[Nn]early|[Aa]lmost|[Ss]ome|[Aa]t least|[Uu]p to|[Ee]stimated) )?";
    private const string Timing = @"(?:(?<q>[Ee]arly|[Mm]id|[Ll]ate)[- ])?";
    private const string Month = "(?<m>January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string Numeral = @"(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    private const string Year = @"(?:1[5-9]\d\d|20\d\d)";

    /// <summary>Identifiers that contain digits but state no quantity: laws, sections, phone numbers, addresses, G7.</summary>
    [GeneratedRegex(@"P\.L\. \d+-\d+|§+ ?\d+|\b[HS]\.(?:Con\.)?Res\. \d+|\b\d+ U\.S\.C\.|\bSection \d+|\b\d{3}-\d{3}-\d{4}\b|\b[A-Z]{2} \d{5}\b|\b\d+ [A-Z][a-z]+ (?:Avenue|Street|Road|Boulevard)\b|\bG-?\d+\b|\b\d+G\b|\b(?!FY)[A-Z]{2,}\d+\b|\bAct of \d{4}\b|\bCOVID-19\b|\b(?:Figure|Table) \d+\b")]
    public static partial Regex Identifier();

    /// <summary>"September 26, 2018".</summary>
    [GeneratedRegex(@"\b" + Month + @" (?<d>\d{1,2}), (?<y>\d{4})\b")]
    public static partial Regex FullDate();

    /// <summary>"October 27" (no year written).</summary>
    [GeneratedRegex(@"\b" + Month + @" (?<d>\d{1,2})\b")]
    public static partial Regex MonthDay();

    /// <summary>"July 2025", "late January 2026".</summary>
    [GeneratedRegex(Timing + @"\b" + Month + @" (?<y>\d{4})\b")]
    public static partial Regex MonthYear();

    /// <summary>"roughly $2 billion per year", "an estimated $2.35 billion" (the article stays outside).</summary>
    [GeneratedRegex(Qualifier + @"\$ ?" + Numeral + @"(?: (?<s>thousand|million|billion|trillion))?(?<per> per year| a year| annually)?")]
    public static partial Regex Money();

    /// <summary>"20%-30%".</summary>
    [GeneratedRegex(Qualifier + @"(?<a>\d+(?:\.\d+)?)% ?[-–] ?(?<b>\d+(?:\.\d+)?)%")]
    public static partial Regex PercentRange();

    /// <summary>"About 70%", "15 percent".</summary>
    [GeneratedRegex(Qualifier + Numeral + @"(?:%| percent\b)")]
    public static partial Regex Percent();

    /// <summary>"FY2027".</summary>
    [GeneratedRegex(@"\bFY ?(?<y>\d{4})\b")]
    public static partial Regex FiscalYear();

    /// <summary>"the early 2000s".</summary>
    [GeneratedRegex(Timing + @"\b(?<y>1[5-9]\d0|20\d0)s\b")]
    public static partial Regex Decade();

    /// <summary>"1895-1945", "from 1910 to 1945", "between 1910 and 1945": one range, not two years.</summary>
    [GeneratedRegex(@"\b(?:(?<a>" + Year + @") ?[-–] ?(?<b>" + Year + @")|from (?<a>" + Year + @") (?:to|until|through) (?<b>" + Year + @")|between (?<a>" + Year + @") and (?<b>" + Year + @"))\b")]
    public static partial Regex YearRange();

    /// <summary>"fourth-largest", "second largest", "27th-largest".</summary>
    [GeneratedRegex(@"\b(?<o>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|\d+(?:st|nd|rd|th))[- ](?:largest|biggest)\b")]
    public static partial Regex Rank();

    /// <summary>"the largest …", "the top …", "Japan's top …": rank one; "a top …" is rank one qualified "among the" (one of several at the top).</summary>
    [GeneratedRegex(@"(?<=\bthe )(?:largest|top)\b|(?<=[’']s )top\b|(?<q>\ba )top\b")]
    public static partial Regex RankOne();

    /// <summary>"50th" (an ordinal that is not a rank).</summary>
    [GeneratedRegex(@"\b(?<n>\d+)(?:st|nd|rd|th)\b")]
    public static partial Regex Ordinal();

    /// <summary>"more than half", "nearly a quarter".</summary>
    [GeneratedRegex(Qualifier + @"\b(?<f>half|a quarter|a third|one-third|one-quarter|two-thirds|three-quarters)\b(?! party)")]
    public static partial Regex Fraction();

    /// <summary>"2015", "mid-2025".</summary>
    [GeneratedRegex(Timing + @"\b(?<y>" + Year + @")\b(?![,.]\d)")]
    public static partial Regex CalendarYear();

    /// <summary>"around 50,000", "217", "14-country", "11".</summary>
    [GeneratedRegex(Qualifier + @"(?<![\w.,§$/-])" + Numeral + @"(?: (?<s>million|billion|trillion))?(?:-(?<hu>[a-z]+))?(?![\w%])(?= (?<next>\p{L}+))?")]
    public static partial Regex Count();

    /// <summary>"two limited trade deals", "at least four partners", "five-year"; never after "the", "our", ….</summary>
    [GeneratedRegex(Qualifier + @"(?<![Tt]he |[Oo]ur |[Tt]heir |[Tt]hese |[Tt]hose |[Bb]oth |[Oo]f )\b(?<w>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty)|one(?=-))(?:-(?<hu>[a-z]+)\b|(?= (?<u>[a-z]+)\b))")]
    public static partial Regex NumberWord();
}
