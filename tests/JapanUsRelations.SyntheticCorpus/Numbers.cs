using System.Globalization;
using System.Text.RegularExpressions;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>The numbers a generated edition may change, and how: a whole number of 10 or more, years left alone, ±15 %, format kept.</summary>
public static partial class Numbers
{
    /// <summary>The whole numbers of <paramref name="text"/> that may change (10 or more, not a year, not part of an identifier).</summary>
    public static IEnumerable<Match> Changeable(string text) =>
        Number().Matches(text).Where(m => double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) is var v && v >= 10 && !(v is >= 1900 and <= 2100 && !m.Value.Contains(',', StringComparison.Ordinal)));

    /// <summary><paramref name="number"/> moved by up to 15 % either way (never to itself), grouped with commas if it was.</summary>
    public static string Perturb(string number, Random random)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(random);
        bool grouped = number.Contains(',', StringComparison.Ordinal);
        long value = long.Parse(number.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        long changed = Math.Max(10, (long)Math.Round(value * (0.85 + random.NextDouble() * 0.3)));
        if (changed == value)
        {
            changed = value + 1;
        }

        return changed.ToString(grouped ? "N0" : "D", CultureInfo.InvariantCulture);
    }

    // A whole number not glued to letters, digits, a decimal point, a hyphen or a dollar escape (so not F-35, IF10199, 2+2, 3.5).
    [GeneratedRegex(@"(?<![\w.\-+/\\$])\d{1,3}(?:,\d{3})+(?![\w.,]\d|\w)|(?<![\w.,\-+/\\$])\d+(?![\w.,]\d|\w|-\d)")]
    private static partial Regex Number();
}
