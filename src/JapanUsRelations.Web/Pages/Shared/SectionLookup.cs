using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>
/// Finds the section a URL names (<c>/editions/{id}/{section}…</c>), the same way for every page under a section: a
/// year id redirects to its one edition, an id handed out before to the edition holding it now, a date several
/// editions share to the list of them, a renamed section's old slug to its new one; otherwise the helpful 404.
/// </summary>
public static class SectionLookup
{
    /// <summary>
    /// The page of the edition and section <paramref name="id"/> and <paramref name="slug"/> name (made by
    /// <paramref name="found"/>), or where to go instead; <paramref name="link"/> makes the URL of the page asked for
    /// from an edition id and a slug.
    /// </summary>
    public static Answer<T> Find<T>(ReadStore store, string id, string slug, Func<string, string, string> link, Func<Edition, Section, Answer<T>> found)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(slug);
        ArgumentNullException.ThrowIfNull(link);
        var catalog = store.Editions;
        var edition = catalog.Resolve(id);
        if (edition is null)
        {
            return Elsewhere(store, id, editionId => link(editionId, slug)) is { } elsewhere ? elsewhere : NotFoundAnswers.Edition(catalog, id);
        }

        if (edition.Id != id)
        {
            return new Redirection(link(edition.Id, slug), Permanent: false, "a year with one edition");
        }

        var section = edition.AllSections().FirstOrDefault(s => s.Slug == slug);
        if (section is null)
        {
            return store.Aliases.NewSlug(edition.Id, slug) is { } renamed
                ? new Redirection(link(edition.Id, renamed), Permanent: true, "section renamed since links were made")
                : NotFoundAnswers.Section(edition, slug, s => link(edition.Id, s.Slug));
        }

        return found(edition, section);
    }

    /// <summary>
    /// Where an id that names no edition leads all the same: an id handed out before that now belongs to another
    /// edition (301), or a bare day or year that several editions share (the list of them); null when nowhere.
    /// </summary>
    public static Redirection? Elsewhere(ReadStore store, string id, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(link);
        if (store.EditionAliases.EditionIdFor(id) is { } current)
        {
            return new Redirection(link(current), Permanent: true, "the edition's id changed since links were made");
        }

        return store.Editions.OnDate(id).Count > 1 ? new Redirection(Urls.EditionsOn(id), Permanent: false, "a date several editions share") : null;
    }
}
