namespace JapanUsRelations.Web.Citations;

/// <summary>The model of the <c>_CiteThis</c> partial: the citation, and whether the box starts open.</summary>
/// <param name="Citation">What to show.</param>
/// <param name="Open">True to show the citations without a click (the cite page).</param>
public sealed record CiteTarget(Citation Citation, bool Open = false)
{
    /// <summary>"edition", "section", "paragraph", "table" or "list".</summary>
    public string Kind => Citation.Work.Block?.Kind.ToString().ToLowerInvariant() ?? (Citation.Work.Section is null ? "edition" : "section");

    /// <summary>A prefix for element ids, unique on the page.</summary>
    public string IdPrefix => "cite-" + (Citation.Work.Block?.Anchor ?? Citation.Work.Section?.Slug ?? "edition");

    /// <summary>Characters a citation field shows per line at its narrowest (a phone), for sizing it.</summary>
    public const int CharactersPerLine = 36;

    /// <summary>
    /// The rows a read-only citation field needs to show all of <paramref name="text"/> without scrolling at
    /// <see cref="CharactersPerLine"/> (each line wrapped; URLs break anywhere): the URL is never hidden below the fold
    /// of the field. Browsers that size fields to their content (<c>field-sizing: content</c>) shrink it to fit.
    /// </summary>
    public static int Rows(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Math.Max(1, text.Split('\n').Sum(line => Math.Max(1, (line.Length + CharactersPerLine - 1) / CharactersPerLine)));
    }
}
