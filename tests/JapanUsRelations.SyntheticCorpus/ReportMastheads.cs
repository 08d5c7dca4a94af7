using System.Globalization;
using System.Text.RegularExpressions;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// Gives each report of a multi-report corpus its own masthead: a report number with its base's product prefix
/// (IF, IN, R, …) and as many digits, drawn from the seeded <see cref="Random"/> and distinct from every other report's
/// and every base's number; and a title made as CRS titles are, the base's subject then a subtitle ("Japan-U.S.
/// Relations: Issues for Congress"), distinct for each report (after the list of subtitles runs out, ", Part 2"…).
/// </summary>
public sealed partial class ReportMastheads
{
    private static readonly string[] Subtitles =
    [
        "Issues for Congress", "Background and Issues for Congress", "Overview and Policy Issues", "In Brief",
        "Frequently Asked Questions", "Recent Developments", "Selected Legislation", "Policy Options for Congress",
        "Key Questions", "Current Issues", "Background and Policy", "Legislative Developments", "Oversight Issues",
        "An Overview", "Implications for U.S. Policy", "Developments in 2026", "Budget and Appropriations",
        "Security Cooperation", "Trade and Investment", "Regional Context", "Select Issues", "Status and Outlook",
        "Options for Congress", "Historical Background", "A Primer",
    ];

    private readonly Random _random;
    private readonly HashSet<string> _taken;
    private int _next;

    /// <summary>Creates the namer; <paramref name="reserved"/> are numbers no report may take (the bases' own).</summary>
    public ReportMastheads(Random random, IEnumerable<string> reserved)
    {
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _taken = new HashSet<string>(reserved ?? throw new ArgumentNullException(nameof(reserved)), StringComparer.Ordinal);
    }

    /// <summary>The next report's masthead, for a base numbered <paramref name="baseNumber"/> (null: none printed) and titled <paramref name="baseTitle"/>.</summary>
    public ReportMasthead Next(string? baseNumber, string baseTitle)
    {
        ArgumentNullException.ThrowIfNull(baseTitle);
        var parts = baseNumber is null ? null : NumberParts().Match(baseNumber);
        string prefix = parts is { Success: true } ? parts.Groups["prefix"].Value : "IF";
        int digits = parts is { Success: true } ? parts.Groups["digits"].Length : 5;
        int low = (int)Math.Pow(10, digits - 1);
        string number;
        do
        {
            number = prefix + _random.Next(low, low * 10).ToString(CultureInfo.InvariantCulture);
        }
        while (!_taken.Add(number));

        int index = _next++;
        string subject = baseTitle.Trim() is var title && title.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 ? title[..colon] : baseTitle.Trim();
        string subtitle = Subtitles[index % Subtitles.Length] + (index >= Subtitles.Length ? string.Create(CultureInfo.InvariantCulture, $", Part {(index / Subtitles.Length) + 1}") : "");
        return new ReportMasthead(number, subject + ": " + subtitle);
    }

    /// <summary><paramref name="text"/> with every whole occurrence of report number <paramref name="from"/> (not a part of a longer code) made <paramref name="to"/>.</summary>
    public static string ReplaceNumber(string text, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(from);
        return text.Contains(from, StringComparison.Ordinal)
            ? Regex.Replace(text, @"(?<![A-Za-z0-9])" + Regex.Escape(from) + @"(?![0-9])", to.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            : text;
    }

    [GeneratedRegex(@"^(?<prefix>[A-Z]+)(?<digits>\d+)$")]
    private static partial Regex NumberParts();
}
