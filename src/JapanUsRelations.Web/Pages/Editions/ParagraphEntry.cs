using System.Text.Json.Serialization;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A paragraph of a section; on the section page, with its history across the editions.</summary>
/// <param name="Anchor"><c>p1</c>…, unique in the edition.</param>
/// <param name="Text">The reading text.</param>
/// <param name="Html">The sanitised rendering of its inline markup.</param>
/// <param name="Url">Its permalink.</param>
/// <param name="SourceLines">First and last seed line.</param>
/// <param name="Passage">Its history (not serialised; see the properties), or null where the page shows none (the edition page).</param>
public sealed record ParagraphEntry(string Anchor, string Text, string Html, string Url, IReadOnlyList<int> SourceLines, [property: JsonIgnore] PassageHistory? Passage = null)
{
    /// <summary>Its counterparts in the edition before and the editions after (section page only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LineageEntry>? Lineage => Passage?.Lineage;

    /// <summary>The earliest edition it (or a passage it came from) stands in (section page only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FirstSeen => Passage?.FirstSeen;

    /// <summary>The latest edition it (or a passage it became) stands in (section page only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LastSeen => Passage?.LastSeen;

    /// <summary>Its state in the newest edition of its report (section page only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LatestEntry? Latest => Passage?.Latest;

    /// <summary>The history line the page shows under it (section page only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? History => Passage?.Line;
}
