namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>A fact an edition states on a topic (from the facts catalogue, whose kinds name their topic).</summary>
/// <param name="EditionId">The edition stating it.</param>
/// <param name="Kind">Catalogue kind, e.g. <c>us-troops-in-japan</c>.</param>
/// <param name="Label">The kind's label, e.g. "U.S. troops based in Japan".</param>
/// <param name="Text">The value as written, e.g. "around 60,000".</param>
/// <param name="Quote">The sentence (or table row) it was stated in.</param>
/// <param name="Url">Permalink of the passage stating it.</param>
public sealed record TopicFact(string EditionId, string Kind, string Label, string Text, string Quote, string Url);
