using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>The not-found answers more than one feature gives: an unknown edition id, an unknown section.</summary>
public static class NotFoundAnswers
{
    /// <summary>
    /// The 404 of an unknown edition id: every edition, linked with <paramref name="link"/> (default: its page);
    /// <paramref name="purpose"/> says what the edition was wanted for ("to compare").
    /// </summary>
    public static NotFoundModel Edition(EditionCatalog catalog, string id, Func<Edition, string>? link = null, string heading = "Editions that exist", string? purpose = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new NotFoundModel(
            $"edition “{id}”{(purpose is null ? "" : " " + purpose)}. Edition ids are publication dates (2026-02-05), qualified by report number where several editions share a date (2026-09-16-if12173), a year where only the year is known (2018), or a title for an undated source",
            heading,
            catalog.Listed.Select(e => new Link(EditionDisplay.Label(e), (link ?? (x => Urls.Edition(x.Id)))(e))).ToList());
    }

    /// <summary>The 404 of an unknown section of a known edition: its sections, linked with <paramref name="link"/>.</summary>
    public static NotFoundModel Section(Edition edition, string slug, Func<Section, string> link, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(link);
        return new NotFoundModel(
            $"section “{slug}” in the {EditionDisplay.Date(edition)} edition",
            heading ?? $"Sections of the {EditionDisplay.Date(edition)} edition",
            edition.AllSections().Select(s => new Link(EditionDisplay.SectionName(s.Heading), link(s))).ToList());
    }
}
