using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>
/// Resolves <c>/cite/{id}/{section?}/{anchor?}</c>: the cited edition, section and block; or where to redirect (a
/// year id, a renamed section, a block of a subsection); or what was not found.
/// </summary>
/// <param name="Edition">The edition, when found.</param>
/// <param name="Section">The section, when asked for and found.</param>
/// <param name="Block">The block, when asked for and found.</param>
/// <param name="RedirectTo">The canonical cite path to redirect to; null when none.</param>
/// <param name="Permanent">True for a renamed section (301).</param>
/// <param name="Missing">What was not found, in words; null when found.</param>
public sealed record CiteLookup(Edition? Edition, Section? Section, Block? Block, string? RedirectTo, bool Permanent, string? Missing)
{
    /// <summary>Resolves the route values.</summary>
    public static CiteLookup Resolve(EditionCatalog catalog, SlugAliases aliases, string id, string? section, string? anchor)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(id);
        var edition = catalog.Resolve(id);
        if (edition is null)
        {
            return new(null, null, null, null, false, $"edition “{id}”");
        }

        if (edition.Id != id)
        {
            return new(edition, null, null, Urls.Cite(edition.Id, section, section is null ? null : anchor), false, null);
        }

        if (section is null)
        {
            return new(edition, null, null, null, false, null);
        }

        var found = edition.AllSections().FirstOrDefault(s => s.Slug == section);
        if (found is null)
        {
            return aliases.NewSlug(edition.Id, section) is { } renamed
                ? new(edition, null, null, Urls.Cite(edition.Id, renamed, anchor), true, null)
                : new(edition, null, null, null, false, $"section “{section}” of the {edition.Id} edition");
        }

        if (anchor is null)
        {
            return new(edition, found, null, null, false, null);
        }

        var owner = found.SelfAndDescendants().FirstOrDefault(s => s.Blocks.Any(b => b.Anchor == anchor));
        if (owner is null)
        {
            return new(edition, found, null, null, false, $"paragraph “{anchor}” in section “{section}” of the {edition.Id} edition");
        }

        return owner == found
            ? new(edition, found, owner.Blocks.First(b => b.Anchor == anchor), null, false, null)
            : new(edition, found, null, Urls.Cite(edition.Id, owner.Slug, anchor), false, null);
    }
}
