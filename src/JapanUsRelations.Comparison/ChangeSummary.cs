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
        var total = new Totals();
        foreach (var p in parts)
        {
            total.Add(p);
        }

        return total.ToSummary();
    }

    /// <summary>A running sum, added to in place (one summary made at the end, not one per part).</summary>
    internal struct Totals
    {
        private int _wordsAdded, _wordsRemoved, _paragraphsAdded, _paragraphsRemoved, _paragraphsChanged, _paragraphsMoved, _paragraphsSplit,
            _paragraphsMerged, _numbersUpdated, _namesChanged, _sentencesAdded, _sentencesRemoved, _rewordings, _typographyOnly, _rawWordsAdded;

        public void Add(ChangeSummary p)
        {
            _wordsAdded += p.WordsAdded;
            _wordsRemoved += p.WordsRemoved;
            _paragraphsAdded += p.ParagraphsAdded;
            _paragraphsRemoved += p.ParagraphsRemoved;
            _paragraphsChanged += p.ParagraphsChanged;
            _paragraphsMoved += p.ParagraphsMoved;
            _paragraphsSplit += p.ParagraphsSplit;
            _paragraphsMerged += p.ParagraphsMerged;
            _numbersUpdated += p.NumbersUpdated;
            _namesChanged += p.NamesChanged;
            _sentencesAdded += p.SentencesAdded;
            _sentencesRemoved += p.SentencesRemoved;
            _rewordings += p.Rewordings;
            _typographyOnly += p.TypographyOnly;
            _rawWordsAdded += p.RawWordsAdded;
        }

        public readonly ChangeSummary ToSummary() => new()
        {
            WordsAdded = _wordsAdded,
            WordsRemoved = _wordsRemoved,
            ParagraphsAdded = _paragraphsAdded,
            ParagraphsRemoved = _paragraphsRemoved,
            ParagraphsChanged = _paragraphsChanged,
            ParagraphsMoved = _paragraphsMoved,
            ParagraphsSplit = _paragraphsSplit,
            ParagraphsMerged = _paragraphsMerged,
            NumbersUpdated = _numbersUpdated,
            NamesChanged = _namesChanged,
            SentencesAdded = _sentencesAdded,
            SentencesRemoved = _sentencesRemoved,
            Rewordings = _rewordings,
            TypographyOnly = _typographyOnly,
            RawWordsAdded = _rawWordsAdded,
        };
    }
}
