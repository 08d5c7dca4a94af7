namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>Small provider-HTML documents in the corpus's shape (title block, dateline block, body), for spec and hostile tests.</summary>
public static class ProviderHtml
{
    /// <summary>A document with the congress.gov masthead layout around <paramref name="body"/>.</summary>
    public static string Page(string body, string title = "Hostile Report", string dateline = "Updated March 3, 2027\n            (IF99999)\n          ") =>
        $"<div><div>{title}</div>\n<div>\n\n<div>{dateline}</div>\n</div>\n<div><div>\n{body}\n</div></div>\n<div></div>\n</div>";
}
