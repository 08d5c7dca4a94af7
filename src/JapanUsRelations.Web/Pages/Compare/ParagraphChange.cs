using JapanUsRelations.Web.Pages.Shared;
using System.Text.Json.Serialization;
using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>One aligned entry of a section: its anchors on each side, status, similarity and word operations.</summary>
/// <param name="View">The comparison (not serialised).</param>
/// <param name="Source">The engine's entry (not serialised).</param>
public sealed record ParagraphChange([property: JsonIgnore] ComparisonView View, [property: JsonIgnore] BlockComparison Source)
{
    /// <summary>Left anchors.</summary>
    public IReadOnlyList<string> Left => Source.Older.Select(p => p.Anchor).ToList();

    /// <summary>Right anchors.</summary>
    public IReadOnlyList<string> Right => Source.Newer.Select(p => p.Anchor).ToList();

    /// <summary>Sections of the left anchors.</summary>
    public IReadOnlyList<string> LeftSections => Source.Older.Select(p => p.SectionSlug).ToList();

    /// <summary>Sections of the right anchors.</summary>
    public IReadOnlyList<string> RightSections => Source.Newer.Select(p => p.SectionSlug).ToList();

    /// <summary><c>unchanged</c>, <c>changed</c>, <c>added</c>, <c>removed</c>, <c>moved</c>, <c>split</c>, <c>merged</c>.</summary>
    public string Status => CompareWords.Of(Source.Status);

    /// <summary>Share of characters kept.</summary>
    public double Similarity => Source.Similarity;

    /// <summary>Share of its words kept, computed from the operations shown.</summary>
    public double KeptShare => Source.KeptShare;

    /// <summary>True when it keeps too little to diff word by word: shown old then new, whole.</summary>
    public bool Rewritten => Source.IsRewritten;

    /// <summary>For a rewritten entry, the phrases both sides still share.</summary>
    public IReadOnlyList<string> Shared => Source.Shared;

    /// <summary>Its changes, each with its kind.</summary>
    public IReadOnlyList<TextChangeEntry> Changes => Source.Changes.Select(x => new TextChangeEntry(CompareWords.Of(x.Kind), x.Older, x.Newer)).ToList();

    /// <summary>The entry on the comparison page.</summary>
    public string Url => Urls.Compare(View.Left.Id, View.Right.Id, CompareIds.Entry(Source));

    /// <summary>The word operations.</summary>
    public IReadOnlyList<OperationEntry> Operations => Source.Operations
        .Select(o => new OperationEntry(CompareWords.Of(o.Kind), o.Text, o.IsTypographyOnly, o.Side is { } side ? CompareWords.Of(side) : null))
        .ToList();

    /// <summary>For a table, its cells compared; otherwise null.</summary>
    public TableChange? Table => Source.Table is not { } t ? null : new TableChange(
        t.Columns, t.Rows, t.Cells.Select(x => new CellChange(x.RowLabel, x.ColumnLabel, x.Older, x.Newer, CompareWords.Of(x.Status))).ToList(),
        TextFieldChange.Of(t.Caption), TextFieldChange.Of(t.Units), TextFieldChange.Of(t.Source), TextFieldChange.Of(t.Notes),
        t.RowChanges.Select(r => new RowChangeEntry(r.Label, CompareWords.Of(r.Status), r.OlderPosition, r.NewerPosition)).ToList());
}
