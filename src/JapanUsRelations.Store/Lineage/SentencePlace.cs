namespace JapanUsRelations.Store;

/// <summary>
/// Where a sentence stands: its paragraph, its number there (from 1, as <c>SentenceSplitter</c> splits the
/// paragraph's text, the numbering <c>sentence_link</c> was written with) and its text, exactly the source's.
/// </summary>
/// <param name="Passage">The paragraph holding it.</param>
/// <param name="Sentence">Its number in the paragraph, from 1.</param>
/// <param name="Text">Its text.</param>
public sealed record SentencePlace(PassagePlace Passage, int Sentence, string Text)
{
    /// <summary>The paragraph's edition id.</summary>
    public string EditionId => Passage.EditionId;

    /// <summary>The paragraph's anchor.</summary>
    public string Anchor => Passage.Anchor;

    /// <summary>The paragraph's section slug.</summary>
    public string SectionSlug => Passage.SectionSlug;
}
