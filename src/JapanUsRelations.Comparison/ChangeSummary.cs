namespace JapanUsRelations.Comparison;

/// <summary>Counts of what changed, for one section or the whole comparison (typography-only changes excluded).</summary>
public sealed record ChangeSummary
{
    /// <summary>Words only in the newer edition.</summary>
    public int WordsAdded { get; init; }

    /// <summary>Words only in the older edition.</summary>
    public int WordsRemoved { get; init; }

    /// <summary>Blocks only in the newer edition.</summary>
    public int ParagraphsAdded { get; init; }

    /// <summary>Blocks only in the older edition.</summary>
    public int ParagraphsRemoved { get; init; }

    /// <summary>Blocks reworded in place.</summary>
    public int ParagraphsChanged { get; init; }

    /// <summary>Blocks moved (with or without edits).</summary>
    public int ParagraphsMoved { get; init; }

    /// <summary>Older blocks split into several newer ones.</summary>
    public int ParagraphsSplit { get; init; }

    /// <summary>Newer blocks merged from several older ones.</summary>
    public int ParagraphsMerged { get; init; }

    /// <summary>Changes that update a number, date, amount or percentage.</summary>
    public int NumbersUpdated { get; init; }

    /// <summary>Changes of a name.</summary>
    public int NamesChanged { get; init; }

    /// <summary>Sentences only in the newer edition (whole sentences inserted, and the sentences of added paragraphs).</summary>
    public int SentencesAdded { get; init; }

    /// <summary>Sentences only in the older edition.</summary>
    public int SentencesRemoved { get; init; }

    /// <summary>Changes of wording within sentences (a rewritten paragraph counts once).</summary>
    public int Rewordings { get; init; }

    /// <summary>Differences of typography only (quotes, dashes, spacing): shown on request, never counted as change.</summary>
    public int TypographyOnly { get; init; }

    /// <summary>Words of the newer edition inside any marked difference, typography-only ones included (the raw figure).</summary>
    public int RawWordsAdded { get; init; }

    /// <summary>True when nothing at all changed.</summary>
    public bool IsEmpty => WordsAdded == 0 && WordsRemoved == 0 && ParagraphsAdded == 0 && ParagraphsRemoved == 0 &&
        ParagraphsChanged == 0 && ParagraphsMoved == 0 && ParagraphsSplit == 0 && ParagraphsMerged == 0;

    /// <summary>The sum of several summaries.</summary>
    public static ChangeSummary Sum(IEnumerable<ChangeSummary> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var total = new ChangeSummary();
        foreach (var p in parts)
        {
            total = new ChangeSummary
            {
                WordsAdded = total.WordsAdded + p.WordsAdded,
                WordsRemoved = total.WordsRemoved + p.WordsRemoved,
                ParagraphsAdded = total.ParagraphsAdded + p.ParagraphsAdded,
                ParagraphsRemoved = total.ParagraphsRemoved + p.ParagraphsRemoved,
                ParagraphsChanged = total.ParagraphsChanged + p.ParagraphsChanged,
                ParagraphsMoved = total.ParagraphsMoved + p.ParagraphsMoved,
                ParagraphsSplit = total.ParagraphsSplit + p.ParagraphsSplit,
                ParagraphsMerged = total.ParagraphsMerged + p.ParagraphsMerged,
                NumbersUpdated = total.NumbersUpdated + p.NumbersUpdated,
                NamesChanged = total.NamesChanged + p.NamesChanged,
                SentencesAdded = total.SentencesAdded + p.SentencesAdded,
                SentencesRemoved = total.SentencesRemoved + p.SentencesRemoved,
                Rewordings = total.Rewordings + p.Rewordings,
                TypographyOnly = total.TypographyOnly + p.TypographyOnly,
                RawWordsAdded = total.RawWordsAdded + p.RawWordsAdded,
            };
        }

        return total;
    }
}
