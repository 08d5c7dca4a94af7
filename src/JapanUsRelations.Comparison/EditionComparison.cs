using JapanUsRelations.Comparison.Digest;

namespace JapanUsRelations.Comparison;

/// <summary>
/// Two editions compared: sections in the newer edition's reading order (removed ones where they stood), each with
/// its aligned blocks and word-level operations. Immutable; computed once per pair (see <see cref="ComparisonCache"/>).
/// </summary>
public sealed record EditionComparison
{
    /// <summary>Id of the older edition (left column).</summary>
    public required string OlderId { get; init; }

    /// <summary>Id of the newer edition (right column).</summary>
    public required string NewerId { get; init; }

    /// <summary>The aligned sections.</summary>
    public required IReadOnlyList<SectionComparison> Sections { get; init; }

    /// <summary>Totals over every section.</summary>
    public required ChangeSummary Summary { get; init; }

    /// <summary>Words in the newer edition.</summary>
    public required int NewerWords { get; init; }

    /// <summary>"What changed": facts whose values differ and sections added, removed or renamed.</summary>
    public ComparisonDigest Digest { get; init; } = new([], []);

    /// <summary>
    /// Share (0–1) of the newer edition's words in substantive changes: words inserted by changes other than
    /// typography / all its words.
    /// </summary>
    public double ChangedShare => NewerWords == 0 ? 0 : Math.Min(1.0, (double)Summary.WordsAdded / NewerWords);

    /// <summary>The raw figure beside <see cref="ChangedShare"/>: every marked difference counted, typography-only ones included.</summary>
    public double RawChangedShare => NewerWords == 0 ? 0 : Math.Min(1.0, (double)Summary.RawWordsAdded / NewerWords);

    /// <summary>The section comparison whose newer (else older) slug is <paramref name="slug"/>, or null.</summary>
    public SectionComparison? Section(string slug) =>
        Sections.FirstOrDefault(s => string.Equals(s.Newer?.Slug, slug, StringComparison.Ordinal))
        ?? Sections.FirstOrDefault(s => s.Newer is null && string.Equals(s.Older?.Slug, slug, StringComparison.Ordinal));
}
