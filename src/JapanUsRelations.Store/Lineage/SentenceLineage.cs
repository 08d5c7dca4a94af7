namespace JapanUsRelations.Store;

/// <summary>
/// One sentence of a paragraph through the editions of its subject: its counterparts in the linked paragraphs of
/// the editions directly before and after, the editions it first and last stands in, its state in the newest
/// edition and its history edition by edition along the paragraph's timeline.
/// </summary>
/// <param name="Place">The sentence asked about: its paragraph, number and text.</param>
/// <param name="Lineage">Its counterparts, earlier then later.</param>
/// <param name="FirstSeen">The earliest edition it (or a sentence it came from) stands in.</param>
/// <param name="LastSeen">The latest edition it (or a sentence it became) stands in.</param>
/// <param name="Latest">Its state in the newest edition of its timeline.</param>
/// <param name="History">Every edition from <paramref name="FirstSeen"/> on where it stands, plus the one that removed it, oldest first.</param>
public sealed record SentenceLineage(
    SentencePlace Place, IReadOnlyList<SentenceCounterpart> Lineage, string FirstSeen, string LastSeen, SentenceLatest Latest, IReadOnlyList<SentenceStep> History)
{
    /// <summary>Its number in its paragraph, from 1.</summary>
    public int Number => Place.Sentence;

    /// <summary>Its text, exactly the source's.</summary>
    public string Text => Place.Text;

    /// <summary>The steps after its first edition that changed it: reworded or removed.</summary>
    public IEnumerable<SentenceStep> Changes => History.Skip(1).Where(s => s.IsChange);
}
