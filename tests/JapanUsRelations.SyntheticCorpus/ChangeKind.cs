namespace JapanUsRelations.SyntheticCorpus;

/// <summary>The kinds of change one generated edition makes to the one before it.</summary>
public enum ChangeKind
{
    /// <summary>The "Updated" line and the manifest date move on.</summary>
    Dated,

    /// <summary>A number in a paragraph or a table cell changes.</summary>
    NumberChanged,

    /// <summary>A sentence is added to a paragraph.</summary>
    SentenceAdded,

    /// <summary>A sentence is dropped from a paragraph.</summary>
    SentenceDropped,

    /// <summary>A sentence moves to another paragraph.</summary>
    SentenceMoved,

    /// <summary>A whole paragraph moves to another place.</summary>
    ParagraphMoved,

    /// <summary>A section heading is renamed.</summary>
    SectionRenamed,

    /// <summary>A heading is removed, so its paragraphs join the section before.</summary>
    SectionsMerged,

    /// <summary>A new heading is put before a paragraph, splitting its section in two.</summary>
    SectionSplit,
}
