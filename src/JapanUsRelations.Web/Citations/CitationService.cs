using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Citations;

/// <summary>Cites an edition, section or paragraph with absolute links under the canonical base URL (<see cref="SiteAddress"/>) and today's date as accessed date.</summary>
public sealed class CitationService(TimeProvider time, SiteAddress site)
{
    /// <summary>The citation of <paramref name="edition"/> (or its section, or a block of that section).</summary>
    public Citation For(Edition edition, Section? section, Block? block, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return For(edition, section, block, SiteBase(request));
    }

    /// <summary>The site's base address: the configured canonical base URL, or the request's when it is an allowed host.</summary>
    public Uri SiteBase(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return site.For(request);
    }

    /// <summary>The citation with links under <paramref name="siteBase"/>.</summary>
    public Citation For(Edition edition, Section? section, Block? block, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(siteBase);
        if (block is not null && section is null)
        {
            throw new ArgumentException("A block is cited within its section.", nameof(block));
        }

        string path = section is null ? Urls.Edition(edition.Id) : block is null ? Urls.Section(edition.Id, section.Slug) : Urls.Block(edition.Id, section.Slug, block.Anchor);
        string url = siteBase.GetLeftPart(UriPartial.Path).TrimEnd('/') + path;
        var accessed = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return Citation.Of(new CitedWork(edition, section, block, url, accessed));
    }
}
