using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>
/// Old section slugs of the served database (table <c>slug_alias</c>, written by <see cref="SlugHistory"/>), loaded
/// once like the catalog: pages answer 301 from an old slug to the section that now holds its text.
/// </summary>
public sealed class SectionAliases
{
    private readonly Lazy<IReadOnlyDictionary<(string, string), string>> _aliases;

    /// <summary>Creates the lookup over the configured database.</summary>
    public SectionAliases(EditionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _aliases = new(() => SlugHistory.Load(options.DatabasePath).ToDictionary(a => (a.EditionId, a.OldSlug), a => a.NewSlug));
    }

    /// <summary>The current slug for an old one, or null when <paramref name="slug"/> was never renamed.</summary>
    public string? NewSlug(string editionId, string slug) => _aliases.Value.GetValueOrDefault((editionId, slug));
}
