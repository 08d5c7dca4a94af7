using System.Globalization;
using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>How fact values and changes are written on the pages.</summary>
public static class FactDisplay
{
    /// <summary>The normalised value in words: "60,000 troops", "70%", "$2.35 billion", "rank 6", a name.</summary>
    public static string Normalised(StoredFact stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var fact = stored.Fact;
        if (fact.Number is not { } n || fact.Value.Contains('-', StringComparison.Ordinal))
        {
            return stored.Unit == FactUnit.Percent ? string.Join("–", fact.Value.Split('-').Select(v => Percent(decimal.Parse(v, CultureInfo.InvariantCulture)))) : fact.Value;
        }

        return stored.Unit switch
        {
            FactUnit.Percent or FactUnit.Fraction => Percent(n),
            FactUnit.Usd => "$" + Money(n),
            FactUnit.UsdPerYear => "$" + Money(n) + " per year",
            FactUnit.Rank => "rank " + n.ToString("0", CultureInfo.InvariantCulture),
            FactUnit.Year or FactUnit.FiscalYear or FactUnit.Decade => fact.Value,
            FactUnit.None => n.ToString("#,0.##", CultureInfo.InvariantCulture),
            _ => n.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + fact.Unit,
        };
    }

    /// <summary>A label as an id: "Figure 1" → "figure-1".</summary>
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
