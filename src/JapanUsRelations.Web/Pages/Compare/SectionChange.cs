using JapanUsRelations.Web.Pages.Shared;
using System.Text.Json.Serialization;
using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>One paired (or added, or removed) section of a comparison.</summary>
/// <param name="View">The comparison (not serialised).</param>
/// <param name="Source">The engine's section (not serialised).</param>
public sealed record SectionChange([property: JsonIgnore] ComparisonView View, [property: JsonIgnore] SectionComparison Source)
{
    /// <summary>Left slug, or null when added.</summary>
    public string? Left => Source.Older?.Slug;

    /// <summary>Right slug, or null when removed.</summary>
    public string? Right => Source.Newer?.Slug;

    /// <summary>Left heading.</summary>
    public string? LeftHeading => Source.Older?.Heading;

    /// <summary>Right heading.</summary>
    public string? RightHeading => Source.Newer?.Heading;

    /// <summary>Heading level.</summary>
    public int Level => Source.Newer?.Level ?? Source.Older!.Level;

    /// <summary><c>unchanged</c>, <c>changed</c>, <c>added</c>, <c>removed</c>….</summary>
    public string Status => CompareWords.Of(Source.Status);

    /// <summary>Pairing score.</summary>
    public double Similarity => Math.Round(Source.Similarity, 4);

    /// <summary>Heading similarity, when both have headings.</summary>
    public double? HeadingSimilarity => Source.HeadingSimilarity is double h ? Math.Round(h, 4) : null;

    /// <summary>Content similarity, when both have content.</summary>
    public double? ContentSimilarity => Source.ContentSimilarity is double t ? Math.Round(t, 4) : null;

    /// <summary>The section on the comparison page.</summary>
    public string Url => Urls.Compare(View.Left.Id, View.Right.Id, CompareIds.Section(View.Comparison, Source));

    /// <summary>How much changed in it.</summary>
    public ChangeCounts Summary => new(Source.Summary);

    /// <summary>How much changed in it and every subsection below it.</summary>
    public ChangeCounts Total => new(Source.Total);

    /// <summary>True when a subsection below it changed.</summary>
    public bool ChangedBelow => Source.ChangedBelow;

    /// <summary>Subject (topic) agreement used to pair restructured sections, when used.</summary>
    public double? SubjectSimilarity => Source.SubjectSimilarity is double subject ? Math.Round(subject, 4) : null;

    /// <summary>Its aligned entries.</summary>
    public IReadOnlyList<ParagraphChange> Paragraphs => Source.Blocks.Select(b => new ParagraphChange(View, b)).ToList();

    /// <summary>Where blocks moved away from.</summary>
    public IReadOnlyList<MoveEntry> MovedAway => Source.MovedAway.Select(m => new MoveEntry(m.From.Anchor, m.To.SectionSlug, m.To.Anchor, m.Position)).ToList();
}
