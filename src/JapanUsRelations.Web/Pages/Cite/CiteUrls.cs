namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>Links to the "Cite this" page of an edition, section or paragraph (and its JSON twin, via <c>Urls.Api</c>).</summary>
public static class CiteUrls
{
    /// <summary><c>/cite/{edition}[/{section}[/{anchor}]]</c>.</summary>
    public static string For(string editionId, string? sectionSlug = null, string? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        if (anchor is not null && sectionSlug is null)
        {
            throw new ArgumentException("An anchor is cited within its section.", nameof(anchor));
        }

        string url = "/cite/" + Uri.EscapeDataString(editionId);
        url += sectionSlug is null ? "" : "/" + Uri.EscapeDataString(sectionSlug);
        return url + (anchor is null ? "" : "/" + Uri.EscapeDataString(anchor));
    }
}
