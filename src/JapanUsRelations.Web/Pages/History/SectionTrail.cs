using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.History;

/// <summary>
/// One section followed through every edition on its subject's timeline (its report's editions and the related
/// reports', oldest first): in each edition the section paired with it by the comparison of neighbouring editions,
/// or null where it does not stand; and each step's section comparison (edition <c>i-1</c> → <c>i</c>).
/// </summary>
/// <param name="Timeline">The editions, oldest first.</param>
/// <param name="Sections">The section in each edition, or null.</param>
/// <param name="Steps">For each edition after the first, its comparison with the one before (null for the first).</param>
/// <param name="Pairs">For each edition after the first, the pair of this section in that comparison, or null.</param>
public sealed record SectionTrail(IReadOnlyList<Edition> Timeline, IReadOnlyList<Section?> Sections, IReadOnlyList<EditionComparison?> Steps, IReadOnlyList<SectionComparison?> Pairs)
{
    /// <summary>Follows <paramref name="section"/> of <paramref name="timeline"/>[<paramref name="at"/>] backwards and forwards, pair by pair.</summary>
    public static SectionTrail Follow(IReadOnlyList<Edition> timeline, int at, Section section, Func<Edition, Edition, EditionComparison> compare)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(compare);
        int n = timeline.Count;
        var sections = new Section?[n];
        var steps = new EditionComparison?[n];
        var pairs = new SectionComparison?[n];
        sections[at] = section;
        for (int i = at; i > 0 && sections[i] is { } newer; i--)
        {
            steps[i] = compare(timeline[i - 1], timeline[i]);
            pairs[i] = steps[i]!.Sections.FirstOrDefault(s => string.Equals(s.Newer?.Slug, newer.Slug, StringComparison.Ordinal));
            sections[i - 1] = Find(timeline[i - 1], pairs[i]?.Older?.Slug);
        }

        for (int i = at + 1; i < n && sections[i - 1] is { } older; i++)
        {
            steps[i] = compare(timeline[i - 1], timeline[i]);
            pairs[i] = steps[i]!.Sections.FirstOrDefault(s => string.Equals(s.Older?.Slug, older.Slug, StringComparison.Ordinal));
            sections[i] = Find(timeline[i], pairs[i]?.Newer?.Slug);
        }

        return new SectionTrail(timeline, sections, steps, pairs);
    }

    /// <summary>The comparisons of this section and its subsections in step <paramref name="i"/>, in the newer edition's reading order.</summary>
    public IReadOnlyList<SectionComparison> PairsBelow(int i)
    {
        if (Steps[i] is not { } step)
        {
            return [];
        }

        var newer = Slugs(Sections[i]);
        var older = Slugs(Sections[i - 1]);
        return step.Sections.Where(s => (s.Newer is { } n && newer.Contains(n.Slug)) || (s.Newer is null && s.Older is { } o && older.Contains(o.Slug))).ToList();
    }

    private static HashSet<string> Slugs(Section? section) =>
        section is null ? [] : section.SelfAndDescendants().Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);

    private static Section? Find(Edition edition, string? slug) =>
        slug is null ? null : edition.AllSections().FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.Ordinal));
}
