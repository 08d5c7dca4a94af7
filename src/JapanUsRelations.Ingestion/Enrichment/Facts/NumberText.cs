using System.Globalization;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>Turns numerals, number words, scale words, ordinals, fractions and month names into numbers.</summary>
internal static class NumberText
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] OrdinalWords =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20, ["thirty"] = 30, ["fifty"] = 50,
    };

    private static readonly Dictionary<string, decimal> Fractions = new(StringComparer.Ordinal)
    {
        ["half"] = 0.5m, ["a quarter"] = 0.25m, ["one-quarter"] = 0.25m, ["a third"] = 1m / 3m, ["one-third"] = 1m / 3m,
        ["two-thirds"] = 2m / 3m, ["three-quarters"] = 0.75m,
    };

    /// <summary>"50,000" → 50000; "2.35" → 2.35.</summary>
    public static decimal ParseNumeral(string numeral) =>
        decimal.Parse(numeral.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>"billion" → 1e9; empty → 1.</summary>
    public static decimal Scale(string word) => word switch
    {
        "thousand" or "thousands" => 1_000m,
        "million" or "millions" => 1_000_000m,
        "billion" or "billions" => 1_000_000_000m,
        "trillion" or "trillions" => 1_000_000_000_000m,
        _ => 1m,
    };

    /// <summary>"two" → 2.</summary>
    public static int Word(string word) => Words[word];

    /// <summary>"fourth" → 4, "27th" → 27.</summary>
    public static int Ordinal(string ordinal)
    {
        var index = Array.FindIndex(OrdinalWords, w => string.Equals(w, ordinal, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : int.Parse(ordinal.AsSpan(0, ordinal.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>"half" → 0.5.</summary>
    public static decimal Fraction(string words) => Fractions[words];

    /// <summary>"July" → 7.</summary>
    public static int Month(string name) => Array.IndexOf(Months, name) + 1;

    /// <summary>Drops trailing zeros: 2350000000.00 → 2350000000; rounds thirds to ten places.</summary>
    public static decimal Normalise(decimal value) =>
        Math.Round(value, 10) / 1.000000000000000000000000000m;

    /// <summary>The invariant text of a normalised number: "60000", "0.7".</summary>
    public static string Format(decimal value) => Normalise(value).ToString(CultureInfo.InvariantCulture);
}
