using System.Globalization;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>How fact values and changes are written on the pages.</summary>
public static class FactDisplay
{
    /// <summary>The normalised value in words: "60,000 troops", "70%", "$2.35 billion", "rank 6", a name.</summary>
    public static string Normalised(Ingestion.Model.Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Number is not { } n || fact.Value.Contains('-', StringComparison.Ordinal))
        {
            return fact.Unit == "percent" ? string.Join("–", fact.Value.Split('-').Select(v => Percent(decimal.Parse(v, CultureInfo.InvariantCulture)))) : fact.Value;
        }

        return fact.Unit switch
        {
            "percent" or "fraction" => Percent(n),
            "USD" or "USD per year" => "$" + Money(n) + (fact.Unit == "USD per year" ? " per year" : ""),
            "rank" => "rank " + n.ToString("0", CultureInfo.InvariantCulture),
            "year" or "fiscal year" or "decade" => fact.Value,
            null => n.ToString("#,0.##", CultureInfo.InvariantCulture),
            _ => n.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + fact.Unit,
        };
    }

    /// <summary>A short word and a symbol for a change.</summary>
    public static (string Symbol, string Words) Change(FactChange change) => change switch
    {
        FactChange.Up => ("▲", "up"),
        FactChange.Down => ("▼", "down"),
        FactChange.New => ("✚", "new"),
        FactChange.Dropped => ("✖", "dropped"),
        FactChange.NotMentioned => ("–", "not mentioned"),
        FactChange.Changed => ("≠", "changed"),
        FactChange.Same => ("=", "same"),
        _ => ("", ""),
    };

    /// <summary>"U.S. IMPORTS" → "u-s-imports".</summary>
    public static string Slug(string text) => Ingestion.Enrichment.Facts.FactKindCatalogue.Slug(text);

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Money(decimal n) => n switch
    {
        >= 1_000_000_000_000m => (n / 1_000_000_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + " trillion",
        >= 1_000_000_000m => (n / 1_000_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + " billion",
        >= 1_000_000m => (n / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + " million",
        _ => n.ToString("#,0", CultureInfo.InvariantCulture),
    };
}
