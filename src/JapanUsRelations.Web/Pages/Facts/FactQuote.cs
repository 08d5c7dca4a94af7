using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>Splits a fact's quote around the fact's text so a page can mark it (the words stay Razor-encoded).</summary>
public static class FactQuote
{
    /// <summary>The quote before the fact's text (the last occurrence at or before the fact's place).</summary>
    public static string Before(Fact fact) => fact is null ? "" : fact.Quote[..At(fact)];

    /// <summary>The quote after the fact's text.</summary>
    public static string After(Fact fact) => fact is null ? "" : fact.Quote[(At(fact) + fact.Text.Length)..];

    private static int At(Fact fact)
    {
        int at = fact.Quote.IndexOf(fact.Text, StringComparison.Ordinal);
        return at < 0 ? 0 : at;
    }
}
