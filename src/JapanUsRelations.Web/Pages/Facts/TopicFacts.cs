namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>A topic in one edition, for the partial that lists the edition's facts on the topic.</summary>
public sealed record TopicFacts(string Topic, string EditionId);
