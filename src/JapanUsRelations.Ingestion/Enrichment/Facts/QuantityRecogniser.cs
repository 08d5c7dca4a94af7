using System.Globalization;
using System.Text.RegularExpressions;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// Finds every quantity in a sentence: money, percentages, fractions, ranks, ordinals, dates, years and counts,
/// each with its qualifier and unit. Patterns run in priority order; a match that overlaps an earlier one, or an
/// identifier such as "P.L. 118-31" or a phone number, is dropped.
/// </summary>
internal static class QuantityRecogniser
{
    private static readonly HashSet<string> CountedNouns = new(StringComparer.Ordinal)
    {
        "troops", "personnel", "Marines", "countries", "nations", "years", "months", "days", "weeks", "seats", "meetings",
        "times", "partners", "summits", "miles", "deals", "members", "people", "missiles", "year", "country", "nation", "seat",
    };

    // Each pattern with the clue it cannot match without (QuantityClues): the others are not run on the sentence.
    private static readonly (Func<Regex> Pattern, Func<QuantityClues, bool> Possible, Func<Match, Quantity?> Build)[] Patterns =
    [
        (QuantityPatterns.FullDate, c => c.Digit, m => Make(m, ValueTypeWords.Date, null, Iso(m, day: true), UnitWords.Date)),
        (QuantityPatterns.MonthYear, c => c.Digit, m => Make(m, ValueTypeWords.Month, null, Iso(m, day: false), UnitWords.Month)),
        (QuantityPatterns.MonthDay, c => c.Digit, m => Make(m, ValueTypeWords.Date, null, "--" + Two(NumberText.Month(m.Groups["m"].Value)) + "-" + Two(int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)), UnitWords.Date)),
        (QuantityPatterns.Money, c => c.Digit && c.Dollar, Money),
        (QuantityPatterns.PercentRange, c => c.Digit && c.Percent, PercentRange),
        (QuantityPatterns.Percent, c => c.Digit && c.Percent, m => Number(m, ValueTypeWords.Percent, NumberText.ParseNumeral(m.Groups["n"].Value) / 100m, UnitWords.Percent)),
        (QuantityPatterns.FiscalYear, c => c.Digit && c.FiscalYear, m => Number(m, ValueTypeWords.FiscalYear, Year(m), UnitWords.FiscalYear)),
        (QuantityPatterns.Decade, c => c.Digit, m => Number(m, ValueTypeWords.Decade, Year(m), UnitWords.Decade)),
        (QuantityPatterns.YearRange, c => c.Digit, m => Make(m, ValueTypeWords.YearRange, null, m.Groups["a"].Value + "-" + m.Groups["b"].Value, UnitWords.Years)),
        (QuantityPatterns.Rank, c => c.Superlative, m => Number(m, ValueTypeWords.Rank, NumberText.Ordinal(m.Groups["o"].Value), UnitWords.Rank)),
        (QuantityPatterns.RankOne, c => c.Superlative || c.Top, RankOne),
        (QuantityPatterns.Ordinal, c => c.Digit, m => Number(m, ValueTypeWords.Ordinal, NumberText.ParseNumeral(m.Groups["n"].Value), UnitWords.Ordinal)),
        (QuantityPatterns.Fraction, c => c.Fraction, m => Number(m, ValueTypeWords.Fraction, NumberText.Fraction(m.Groups["f"].Value), UnitWords.Fraction)),
        (QuantityPatterns.CalendarYear, c => c.Digit, m => Number(m, ValueTypeWords.Year, Year(m), UnitWords.Year)),
        (QuantityPatterns.Count, c => c.Digit, Count),
        (QuantityPatterns.NumberWord, c => c.NumberWord, NumberWord),
    ];

    /// <summary>The quantities of <paramref name="sentence"/>, in the order they occur.</summary>
    public static IReadOnlyList<Quantity> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clues = QuantityClues.Of(sentence);
        var taken = new bool[sentence.Length];
        if (clues.Digit)
        {
            // Every identifier pattern holds a digit.
            foreach (Match identifier in QuantityPatterns.Identifier().Matches(sentence))
            {
                Array.Fill(taken, true, identifier.Index, identifier.Length);
            }
        }

        var found = new List<Quantity>();
        foreach (var (pattern, possible, build) in Patterns)
        {
            if (!possible(clues))
            {
                continue;
            }

            foreach (Match match in pattern().Matches(sentence))
            {
                if (Array.IndexOf(taken, true, match.Index, match.Length) >= 0 || TryBuild(build, match) is not { } quantity)
                {
                    continue;
                }

                Array.Fill(taken, true, quantity.Start, quantity.Text.Length);
                found.Add(quantity);
            }
        }

        return [.. found.OrderBy(q => q.Start)];
    }

    private static Quantity? TryBuild(Func<Match, Quantity?> build, Match match)
    {
        try
        {
            return build(match);
        }
        catch (OverflowException)
        {
            return null; // a numeral beyond decimal's range states no quantity a reader could compare
        }
    }

    /// <summary>Rank one; "a top source" is one of the top sources, so its qualifier says "among the top" and its text is "top".</summary>
    private static Quantity RankOne(Match m)
    {
        var rank = Number(m, ValueTypeWords.Rank, 1m, UnitWords.Rank);
        return m.Groups["q"].Success
            ? rank with { Text = "top", Start = m.Index + m.Groups["q"].Length, Qualifier = "among the" }
            : rank;
    }

    private static Quantity Money(Match m)
    {
        var amount = NumberText.ParseNumeral(m.Groups["n"].Value) * NumberText.Scale(m.Groups["s"].Value);
        return Number(m, ValueTypeWords.Money, amount, m.Groups["per"].Success ? UnitWords.UsdPerYear : UnitWords.Usd);
    }

    private static Quantity PercentRange(Match m)
    {
        var low = NumberText.ParseNumeral(m.Groups["a"].Value) / 100m;
        var high = NumberText.ParseNumeral(m.Groups["b"].Value) / 100m;
        return Make(m, ValueTypeWords.Percent, (low + high) / 2m, NumberText.Format(low) + "-" + NumberText.Format(high), UnitWords.Percent);
    }

    private static Quantity? Count(Match m)
    {
        var number = NumberText.ParseNumeral(m.Groups["n"].Value) * NumberText.Scale(m.Groups["s"].Value);
        return Number(m, ValueTypeWords.Count, number, m.Groups["hu"].Success ? m.Groups["hu"].Value : NextNoun(m));
    }

    private static Quantity? NumberWord(Match m)
    {
        var noun = m.Groups["hu"].Success ? m.Groups["hu"].Value : m.Groups["u"].Value;
        if (noun is "of" or "and" or "or" or "to" or "way" or "thirds" or "quarters")
        {
            return null;
        }

        return Number(m, ValueTypeWords.Count, NumberText.Word(m.Groups["w"].Value), CountedNouns.Contains(noun) || m.Groups["hu"].Success ? noun : null);
    }

    private static string? NextNoun(Match m) =>
        m.Groups["next"] is { Success: true } next && CountedNouns.Contains(next.Value) ? next.Value : null;

    private static Quantity Number(Match m, string type, decimal number, string? unit) =>
        Make(m, type, number, NumberText.Format(number), unit);

    private static Quantity Make(Match m, string type, decimal? number, string value, string? unit)
    {
        var qualifier = m.Groups["q"].Success ? m.Groups["q"].Value.ToLowerInvariant() : null;
        return new Quantity(type, m.Value, m.Index, number is { } n ? NumberText.Normalise(n) : null, value, unit, qualifier);
    }

    private static decimal Year(Match m) => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);

    private static string Iso(Match m, bool day) =>
        m.Groups["y"].Value + "-" + Two(NumberText.Month(m.Groups["m"].Value))
        + (day ? "-" + Two(int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) : "");

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}
