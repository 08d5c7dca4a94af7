namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// Makes the next edition of a chain from the previous one, whatever its format: a new date, then 2–6 changes drawn
/// from <see cref="ChangeKind"/> with fixed weights (numbers 25 %, sentences added 15 %, dropped 12 %, moved 12 %, a
/// paragraph moved 8 %, a section renamed 10 %, merged 9 %, split 9 %), each recorded; a change the edition cannot
/// take (no paragraph long enough, too few headings) is drawn again. Deterministic for a given <see cref="Random"/>.
/// </summary>
/// <typeparam name="TDocument">The edition being generated, in its format.</typeparam>
public abstract class ChainMutator<TDocument>
{
    /// <summary>Creates a mutator drawing from <paramref name="random"/>; added sentences come from <paramref name="sentencePool"/> or templates.</summary>
    protected ChainMutator(Random random, IReadOnlyList<string> sentencePool)
    {
        Random = random ?? throw new ArgumentNullException(nameof(random));
        SentencePool = sentencePool ?? throw new ArgumentNullException(nameof(sentencePool));
    }

    /// <summary>Where every choice comes from.</summary>
    protected Random Random { get; }

    /// <summary>Sentences an added sentence may be.</summary>
    protected IReadOnlyList<string> SentencePool { get; }

    /// <summary>Applies the date and 2–6 other changes to <paramref name="document"/>; returns what changed.</summary>
    public List<Change> Mutate(TDocument document, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(document);
        var changes = new List<Change> { Redate(document, published) };
        int count = Random.Next(2, 7);
        for (int attempt = 0; attempt < count * 4 && changes.Count <= count; attempt++)
        {
            var change = Random.Next(100) switch
            {
                < 25 => ChangeNumber(document),
                < 40 => AddSentence(document, published),
                < 52 => DropSentence(document),
                < 64 => MoveSentence(document),
                < 72 => MoveParagraph(document),
                < 82 => RenameSection(document),
                < 91 => MergeSections(document),
                _ => SplitSection(document),
            };
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    /// <summary>The edition's printed date moves to <paramref name="published"/>.</summary>
    protected abstract Change Redate(TDocument document, DateOnly published);

    /// <summary>A number in a paragraph or table changes; null when there is none to change.</summary>
    protected abstract Change? ChangeNumber(TDocument document);

    /// <summary>A sentence is added to a paragraph.</summary>
    protected abstract Change? AddSentence(TDocument document, DateOnly published);

    /// <summary>A sentence is dropped from a paragraph.</summary>
    protected abstract Change? DropSentence(TDocument document);

    /// <summary>A sentence moves to another paragraph.</summary>
    protected abstract Change? MoveSentence(TDocument document);

    /// <summary>A paragraph moves to another place.</summary>
    protected abstract Change? MoveParagraph(TDocument document);

    /// <summary>A section heading is renamed.</summary>
    protected abstract Change? RenameSection(TDocument document);

    /// <summary>A heading is removed, so its paragraphs join the section before.</summary>
    protected abstract Change? MergeSections(TDocument document);

    /// <summary>A new heading is put before a paragraph.</summary>
    protected abstract Change? SplitSection(TDocument document);
}
