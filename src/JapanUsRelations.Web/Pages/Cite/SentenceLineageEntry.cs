using System.Text.Json.Serialization;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>One counterpart of a sentence in a linked paragraph of the edition before or after it, as the cite twin gives it.</summary>
/// <param name="Edition">The counterpart's edition id.</param>
/// <param name="Anchor">Its paragraph's anchor there.</param>
/// <param name="Url">The counterpart sentence on its paragraph's cite page (<c>/cite/2024-11-05/overview/p1#p1-s3</c>).</param>
/// <param name="Sentence">Its number in that paragraph, from 1.</param>
/// <param name="Text">Its text there.</param>
/// <param name="Relation">Read forwards, older to newer: <c>same</c> or <c>reworded</c>.</param>
/// <param name="Direction"><c>earlier</c> (the edition before) or <c>later</c> (an edition after).</param>
/// <param name="Share">Share of words the two have in common, 0–1.</param>
/// <param name="When">The edition's date as the page names it ("November 2024"; not serialised).</param>
public sealed record SentenceLineageEntry(
    string Edition, string Anchor, string Url, int Sentence, string Text, string Relation, string Direction, double Share, [property: JsonIgnore] string When);
