using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>What the passage partial shows: the passage, and the score threshold to explain it against.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Threshold">The least score that puts a passage on a topic by its terms.</param>
public sealed record PassageView(TopicPassage Passage, double Threshold);
