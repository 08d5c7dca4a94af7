using System.Text.Json.Serialization;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>A comparison (<c>/compare/{a}/{b}</c> and its twin): both editions, the summary, every section aligned.</summary>
/// <param name="View">The comparison as shown (not serialised).</param>
public sealed record ComparisonPage([property: JsonIgnore] ComparisonView View)
{
    /// <summary>The left edition.</summary>
    public EditionSummary Left => new(View.Left);

    /// <summary>The right edition.</summary>
    public EditionSummary Right => new(View.Right);

    /// <summary><c>older</c>, <c>newer</c> or null.</summary>
    public string? LeftRole => View.LeftRole;

    /// <summary><c>older</c>, <c>newer</c> or null.</summary>
    public string? RightRole => View.RightRole;

    /// <summary>True when the left edition is the newer one.</summary>
    public bool Reversed => View.IsReversed;

    /// <summary>The comparison page.</summary>
    public string Url => Urls.Compare(View.Left.Id, View.Right.Id);

    /// <summary>Share of the right edition's words new or reworded.</summary>
    public double ChangedShare => Math.Round(View.Comparison.ChangedShare, 4);

    /// <summary>The same share counting every change shown, typography included.</summary>
    public double RawChangedShare => Math.Round(View.Comparison.RawChangedShare, 4);

    /// <summary>How much changed overall.</summary>
    public ChangeCounts Summary => new(View.Comparison.Summary);

    /// <summary>Facts whose values differ and sections restructured.</summary>
    public WhatChanged WhatChanged => WhatChanged.Of(View);

    /// <summary>Every section, aligned.</summary>
    public IReadOnlyList<SectionChange> Sections => View.Comparison.Sections.Select(s => new SectionChange(View, s)).ToList();
}
