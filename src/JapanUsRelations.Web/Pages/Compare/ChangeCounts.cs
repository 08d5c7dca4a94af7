using JapanUsRelations.Comparison;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>How much changed, in words and paragraphs (of a comparison, a section, or an entry).</summary>
/// <param name="Source">The engine's summary (not serialised).</param>
public sealed record ChangeCounts([property: System.Text.Json.Serialization.JsonIgnore] ChangeSummary Source)
{
    /// <summary>Numbers or dates updated.</summary>
    public int NumbersUpdated => Source.NumbersUpdated;

    /// <summary>Names changed.</summary>
    public int NamesChanged => Source.NamesChanged;

    /// <summary>Sentences added.</summary>
    public int SentencesAdded => Source.SentencesAdded;

    /// <summary>Sentences removed.</summary>
    public int SentencesRemoved => Source.SentencesRemoved;

    /// <summary>Rewordings.</summary>
    public int Rewordings => Source.Rewordings;

    /// <summary>Typography-only changes (quotes, dashes, spaces).</summary>
    public int TypographyOnly => Source.TypographyOnly;

    /// <summary>Words only on the right.</summary>
    public int WordsAdded => Source.WordsAdded;

    /// <summary>Words only on the left.</summary>
    public int WordsRemoved => Source.WordsRemoved;

    /// <summary>Paragraphs only on the right.</summary>
    public int ParagraphsAdded => Source.ParagraphsAdded;

    /// <summary>Paragraphs only on the left.</summary>
    public int ParagraphsRemoved => Source.ParagraphsRemoved;

    /// <summary>Paragraphs reworded in place.</summary>
    public int ParagraphsChanged => Source.ParagraphsChanged;

    /// <summary>Paragraphs moved elsewhere.</summary>
    public int ParagraphsMoved => Source.ParagraphsMoved;

    /// <summary>Paragraphs split in two.</summary>
    public int ParagraphsSplit => Source.ParagraphsSplit;

    /// <summary>Paragraphs merged from two.</summary>
    public int ParagraphsMerged => Source.ParagraphsMerged;
}
