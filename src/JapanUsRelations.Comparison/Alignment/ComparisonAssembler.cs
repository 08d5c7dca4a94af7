using JapanUsRelations.Comparison.Diffing;
using JapanUsRelations.Comparison.Digest;
using JapanUsRelations.Comparison.Tables;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>Turns placed entries into the public, immutable comparison: statuses, tables, markers and counts.</summary>
internal static class ComparisonAssembler
{
    /// <param name="older">The older edition.</param>
    /// <param name="newer">The newer edition.</param>
    /// <param name="olderSide">The older edition prepared.</param>
    /// <param name="newerSide">The newer edition prepared.</param>
    /// <param name="slots">The placed entries.</param>
    /// <param name="tables">Table comparisons kept from the previous pair of a chain (none when null).</param>
    public static EditionComparison Assemble(Edition older, Edition newer, EditionSide olderSide, EditionSide newerSide, IReadOnlyList<SectionSlot> slots, TableMemo? tables = null)
    {
        var own = new List<SectionComparison>(slots.Count);
        foreach (var slot in slots)
        {
            own.Add(Section(slot, tables));
        }

        var sections = RollUp(own);
        var total = new ChangeSummary.Totals();
        int newerWords = 0;
        foreach (var s in sections)
        {
            total.Add(s.Summary);
        }

        foreach (var b in newerSide.Blocks)
        {
            newerWords += b.Tokenized.Words;
        }

        return new EditionComparison
        {
            OlderId = older.Id,
            NewerId = newer.Id,
            Sections = sections,
            Digest = DigestBuilder.Build(older, newer, sections, olderSide.SectionSlugs, newerSide.SectionSlugs),
            Summary = total.ToSummary(),
            NewerWords = newerWords,
        };
    }

    /// <summary>Each section's totals include the subsections that follow it at a deeper level.</summary>
    private static List<SectionComparison> RollUp(List<SectionComparison> sections)
    {
        var result = new List<SectionComparison>(sections.Count);
        for (int i = 0; i < sections.Count; i++)
        {
            var total = new ChangeSummary.Totals();
            total.Add(sections[i].Summary);
            bool changedBelow = false;
            for (int k = i + 1; k < sections.Count && sections[k].Level > sections[i].Level; k++)
            {
                total.Add(sections[k].Summary);
                changedBelow |= sections[k].Status != SectionStatus.Unchanged;
            }

            result.Add(sections[i] with { Total = total.ToSummary(), ChangedBelow = changedBelow });
        }

        return result;
    }

    private static SectionComparison Section(SectionSlot slot, TableMemo? tables)
    {
        var blocks = new List<BlockComparison>(slot.Entries.Count);
        var summary = new ChangeSummary.Totals();
        bool changed = false;
        foreach (var entry in slot.Entries)
        {
            var block = Block(entry, tables);
            blocks.Add(block);
            summary.Add(block.Summary);
            changed |= block.IsChange;
        }

        var markers = slot.Departures.Count == 0
            ? []
            : slot.Departures
                .OrderBy(d => d.From.Index)
                .Select(d => new MoveMarker(d.From.Place, d.Entry.Newer[0].Place, slot.PositionOf(d.From.Index)))
                .ToList();
        bool renamed = slot.Older is not null && slot.Newer is not null && IsRenamed(slot.Older.Section.Heading, slot.Newer.Section.Heading);
        var status = (slot.Older, slot.Newer) switch
        {
            (null, _) => SectionStatus.Added,
            (_, null) => SectionStatus.Removed,
            _ when slot.IsOutOfOrder => SectionStatus.Moved,
            _ when renamed || markers.Count > 0 || changed => SectionStatus.Changed,
            _ => SectionStatus.Unchanged,
        };
        return new SectionComparison
        {
            Older = slot.Older?.Side,
            Newer = slot.Newer?.Side,
            Status = status,
            Similarity = slot.Pair?.Score ?? 0,
            HeadingSimilarity = slot.Pair?.Heading,
            ContentSimilarity = slot.Pair?.Content,
            SubjectSimilarity = slot.Pair?.Subject,
            Blocks = blocks,
            MovedAway = markers,
            Summary = summary.ToSummary(),
        };
    }

    /// <summary>Headings that differ once typography is normalised (the same heading text never does).</summary>
    internal static bool IsRenamed(string? older, string? newer) =>
        !string.Equals(older ?? "", newer ?? "", StringComparison.Ordinal)
        && !string.Equals(Typography.NormalizeText(older ?? ""), Typography.NormalizeText(newer ?? ""), StringComparison.Ordinal);

    private static BlockComparison Block(AlignedEntry e, TableMemo? tables) => IsIdentical(e) ? Unchanged(e) : Compared(e, tables);

    /// <summary>An in-place pair of one paragraph or list each whose diff is one equal operation: nothing to classify or count.</summary>
    internal static bool IsIdentical(AlignedEntry e) =>
        e.Kind == EntryKind.InPlace && e.Older.Count == 1 && e.Newer.Count == 1 && e.Older[0].Block.Table is null && e.Newer[0].Block.Table is null
        && e.Diff.Operations is [{ Kind: WordOperationKind.Equal, IsTypographyOnly: false }];

    /// <summary>What <see cref="Compared"/> gives an identical pair (unchanged, nothing counted, all kept), without classifying or counting.</summary>
    internal static BlockComparison Unchanged(AlignedEntry e) => new()
    {
        Older = [e.Older[0].Place],
        Newer = [e.Newer[0].Place],
        Status = BlockStatus.Unchanged,
        Similarity = Math.Round(e.Diff.Similarity, 4),
        Operations = e.Diff.Operations,
        Summary = new ChangeSummary(),
        KeptShare = 1.0,
        Changes = [],
    };

    internal static BlockComparison Compared(AlignedEntry e, TableMemo? tables = null)
    {
        var ops = e.Diff.Operations;
        var status = e.Kind switch
        {
            EntryKind.InPlace => ops.Any(o => o.IsChange) ? BlockStatus.Changed : BlockStatus.Unchanged,
            EntryKind.Moved => BlockStatus.Moved,
            EntryKind.Split => BlockStatus.Split,
            EntryKind.Merged => BlockStatus.Merged,
            EntryKind.Added => BlockStatus.Added,
            _ => BlockStatus.Removed,
        };
        bool isTable = e.Older.Count == 1 && e.Newer.Count == 1 && e.Older[0].Block.Table is not null && e.Newer[0].Block.Table is not null;
        var words = WordsOf(e, ops);
        var rewrite = isTable ? null : Rewriting.Of(e, status, words);
        if (rewrite is not null)
        {
            ops = rewrite.Operations;
            words = WordsOf(e, ops);
        }

        var table = !isTable ? null : tables?.Compare(e.Older[0].Block.Table!, e.Newer[0].Block.Table!) ?? TableDiffer.Compare(e.Older[0].Block.Table!, e.Newer[0].Block.Table!);
        var changes = rewrite is not null ? [rewrite.Change] : table is not null ? TableChanges(table) : ChangeClassifier.Classify(ops);
        var summary = new ChangeSummary
        {
            WordsAdded = table?.WordsAdded ?? Words(ops, words, WordOperationKind.Insert, typography: false),
            WordsRemoved = table?.WordsRemoved ?? Words(ops, words, WordOperationKind.Delete, typography: false),
            RawWordsAdded = table?.WordsAdded ?? Words(ops, words, WordOperationKind.Insert, typography: true),
            ParagraphsAdded = status == BlockStatus.Added ? e.Newer.Count : 0,
            ParagraphsRemoved = status == BlockStatus.Removed ? e.Older.Count : 0,
            ParagraphsChanged = status == BlockStatus.Changed ? 1 : 0,
            ParagraphsMoved = status == BlockStatus.Moved ? 1 : 0,
            ParagraphsSplit = status == BlockStatus.Split ? 1 : 0,
            ParagraphsMerged = status == BlockStatus.Merged ? 1 : 0,
            NumbersUpdated = changes.Count(c => c.Kind == ChangeKind.NumberOrDate),
            NamesChanged = changes.Count(c => c.Kind == ChangeKind.Name),
            SentencesAdded = changes.Where(c => c.Kind == ChangeKind.SentenceAdded).Sum(c => c.Sentences),
            SentencesRemoved = changes.Where(c => c.Kind == ChangeKind.SentenceRemoved).Sum(c => c.Sentences),
            Rewordings = changes.Count(c => c.Kind == ChangeKind.Rewording),
            TypographyOnly = changes.Count(c => c.Kind == ChangeKind.Typography),
        };
        return new BlockComparison
        {
            Older = e.Older.Select(b => b.Place).ToList(),
            Newer = e.Newer.Select(b => b.Place).ToList(),
            Status = status,
            Similarity = status is BlockStatus.Added or BlockStatus.Removed ? 0 : Math.Round(e.Diff.Similarity, 4),
            Operations = ops,
            Table = table,
            Summary = summary,
            KeptShare = Math.Round(Rewriting.KeptShare(ops, words), 4),
            IsRewritten = rewrite is not null,
            Shared = rewrite?.Shared ?? [],
            Changes = changes,
        };
    }

    /// <summary>A table's changes as shown: each changed, added or removed cell, and the changes in its caption, units and source.</summary>
    private static IReadOnlyList<TextChange> TableChanges(TableComparison table) =>
        [
            .. new[] { table.Caption, table.Units, table.Source }.SelectMany(f => ChangeClassifier.Classify(f.Operations)),
            .. table.Cells.Where(c => c.Status != CellStatus.Unchanged).SelectMany(c => ChangeClassifier.Classify(
                [new WordOperation(WordOperationKind.Delete, c.Older ?? ""), new WordOperation(WordOperationKind.Insert, c.Newer ?? "")])),
        ];

    private static int Words(IReadOnlyList<WordOperation> ops, int[] words, WordOperationKind kind, bool typography)
    {
        int sum = 0;
        for (int k = 0; k < ops.Count; k++)
        {
            if (ops[k].Kind == kind && (typography || ops[k].IsChange))
            {
                sum += words[k];
            }
        }

        return sum;
    }

    /// <summary>
    /// The words of each operation, counted once for every figure that needs them; an operation holding a block's
    /// whole text (an added or removed block, a rewritten paragraph) takes the count kept with that block's tokens.
    /// </summary>
    private static int[] WordsOf(AlignedEntry e, IReadOnlyList<WordOperation> ops)
    {
        var words = new int[ops.Count];
        for (int k = 0; k < ops.Count; k++)
        {
            string text = ops[k].Text;
            var whole = e.Older.Concat(e.Newer).FirstOrDefault(b => ReferenceEquals(b.Block.Text, text));
            words[k] = whole?.Tokenized.Words ?? Tokenizer.CountWords(text);
        }

        return words;
    }
}
