using JapanUsRelations.Comparison;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>
/// The fragment ids of a comparison page: a section by the newer edition's slug (older slugs too, where free), an
/// entry by its first newer anchor (<c>n-p5</c>) or, when removed, its older anchor (<c>o-p3</c>), and the place a
/// moved block left (<c>from-o-p2</c>).
/// </summary>
public static class CompareIds
{
    /// <summary>The id of a section: its newer slug, else its older slug unless a newer section already uses it.</summary>
    public static string Section(EditionComparison comparison, SectionComparison section)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(section);
        if (section.Newer is not null)
        {
            return section.Newer.Slug;
        }

        return UsedByNewer(comparison, section.Older!.Slug) ? "removed-" + section.Older.Slug : section.Older.Slug;
    }

    /// <summary>An extra id for a paired section whose older slug differs and is free, so older-slug links land too.</summary>
    public static string? OlderAlias(EditionComparison comparison, SectionComparison section)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(section);
        return section is { Older: { } o, Newer: { } n } && !string.Equals(o.Slug, n.Slug, StringComparison.Ordinal) && !UsedByNewer(comparison, o.Slug)
            ? o.Slug
            : null;
    }

    /// <summary>The id of an entry.</summary>
    public static string Entry(BlockComparison block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Newer.Count > 0 ? Newer(block.Newer[0].Anchor) : Older(block.Older[0].Anchor);
    }

    /// <summary>The id of the entry whose first newer block has <paramref name="anchor"/> (where a passage of the newer edition is compared).</summary>
    public static string Newer(string anchor) => "n-" + anchor;

    /// <summary>The id of the entry of a removed older block with <paramref name="anchor"/>.</summary>
    public static string Older(string anchor) => "o-" + anchor;

    /// <summary>The id of the place a moved block left.</summary>
    public static string Departure(MoveMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return Departure(marker.From);
    }

    /// <summary>The id of the place the older block at <paramref name="older"/> left, when it moved.</summary>
    public static string Departure(BlockPlace older)
    {
        ArgumentNullException.ThrowIfNull(older);
        return "from-o-" + older.Anchor;
    }

    /// <summary>The id of the entry a moved block arrived in: its newer anchor's.</summary>
    public static string Arrival(MoveMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return "n-" + marker.To.Anchor;
    }

    /// <summary>The id of a section's heading.</summary>
    public static string Heading(string sectionId) => "h-" + sectionId;

    private static bool UsedByNewer(EditionComparison c, string slug) =>
        c.Sections.Any(s => string.Equals(s.Newer?.Slug, slug, StringComparison.Ordinal));
}
