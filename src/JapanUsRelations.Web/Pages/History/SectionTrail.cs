using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.History;

/// <summary>
/// One section followed through every edition on its subject's timeline (its report's editions and the related
/// reports', oldest first): in each edition the section paired with it, or null where it does not stand, and, asked
/// for one edition at a time, that edition's comparison with the one before and the section's pair in it. Only the
/// columns shown are compared: a history of a thousand editions decodes the comparisons of its window, not all.
/// </summary>
public sealed class SectionTrail
{
    private readonly Func<Edition, Edition, EditionComparison> _compare;
    private readonly EditionComparison?[] _steps;

    private SectionTrail(IReadOnlyList<Edition> timeline, IReadOnlyList<Section?> sections, IReadOnlyList<bool?> changed, Func<Edition, Edition, EditionComparison> compare)
    {
        Timeline = timeline;
        Sections = sections;
        Changed = changed;
        _compare = compare;
        _steps = new EditionComparison?[timeline.Count];
    }

    /// <summary>The editions, oldest first.</summary>
    public IReadOnlyList<Edition> Timeline { get; }

    /// <summary>The section in each edition, or null.</summary>
    public IReadOnlyList<Section?> Sections { get; }

    /// <summary>Per edition, whether the section changed coming from the edition before (first appearance included), when known without comparing; else null.</summary>
    public IReadOnlyList<bool?> Changed { get; }

    /// <summary>
    /// The trail the lineage stored at ingestion gives (<see cref="LineageBook.Section"/>: the section's counterpart in
    /// each edition of <paramref name="timeline"/>); null when the lineage's columns are not this timeline's.
    /// </summary>
    public static SectionTrail? FromLineage(IReadOnlyList<Edition> timeline, SectionHistory? history, Func<Edition, Edition, EditionComparison> compare)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(compare);
        if (history is null || history.Columns.Count != timeline.Count || !history.Columns.Select(c => c.EditionId).SequenceEqual(timeline.Select(e => e.Id), StringComparer.Ordinal))
        {
            return null;
        }

        var sections = history.Columns.Select((c, i) => Find(timeline[i], c.Slug)).ToList();
        var changed = history.Columns.Select(c => (bool?)(c.HasChanges || c.Change == SectionChange.First)).ToList();
        return new SectionTrail(timeline, sections, changed, compare);
    }

    /// <summary>Follows <paramref name="section"/> of <paramref name="timeline"/>[<paramref name="at"/>] backwards and forwards by comparing neighbours (a database without lineage).</summary>
    public static SectionTrail Follow(IReadOnlyList<Edition> timeline, int at, Section section, Func<Edition, Edition, EditionComparison> compare)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(compare);
        int n = timeline.Count;
        var sections = new Section?[n];
        sections[at] = section;
        for (int i = at; i > 0 && sections[i] is { } newer; i--)
        {
            var pair = compare(timeline[i - 1], timeline[i]).Sections.FirstOrDefault(s => string.Equals(s.Newer?.Slug, newer.Slug, StringComparison.Ordinal));
            sections[i - 1] = Find(timeline[i - 1], pair?.Older?.Slug);
        }

        for (int i = at + 1; i < n && sections[i - 1] is { } older; i++)
        {
            var pair = compare(timeline[i - 1], timeline[i]).Sections.FirstOrDefault(s => string.Equals(s.Older?.Slug, older.Slug, StringComparison.Ordinal));
            sections[i] = Find(timeline[i], pair?.Newer?.Slug);
        }

        return new SectionTrail(timeline, sections, new bool?[n], compare);
    }

    /// <summary>Edition <paramref name="i"/>'s comparison with the one before, when the section stands in either; else null (and for the first).</summary>
    public EditionComparison? Step(int i)
    {
        if (i == 0 || (Sections[i] is null && Sections[i - 1] is null))
        {
            return null;
        }

        return _steps[i] ??= _compare(Timeline[i - 1], Timeline[i]);
    }

    /// <summary>The section's pair in <see cref="Step"/>(<paramref name="i"/>), or null.</summary>
    public SectionComparison? Pair(int i)
    {
        if (Step(i) is not { } step)
        {
            return null;
        }

        return Sections[i] is { } newer
            ? step.Sections.FirstOrDefault(s => string.Equals(s.Newer?.Slug, newer.Slug, StringComparison.Ordinal))
            : step.Sections.FirstOrDefault(s => s.Newer is null && string.Equals(s.Older?.Slug, Sections[i - 1]!.Slug, StringComparison.Ordinal));
    }

    /// <summary>The comparisons of this section and its subsections in step <paramref name="i"/>, in the newer edition's reading order.</summary>
    public IReadOnlyList<SectionComparison> PairsBelow(int i)
    {
        if (Step(i) is not { } step)
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
