using JapanUsRelations.Comparison;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>The JSON shape of <c>/api/compare/{a}/{b}</c>: the same comparison the page shows (see docs/comparison.md).</summary>
public static class CompareJson
{
    /// <summary>The whole comparison.</summary>
    public static object Full(ComparisonView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Comparison;
        return new
        {
            left = EditionJson.Summary(view.Left),
            right = EditionJson.Summary(view.Right),
            leftRole = view.LeftRole,
            rightRole = view.RightRole,
            reversed = view.IsReversed,
            url = Urls.Compare(view.Left.Id, view.Right.Id),
            changedShare = Math.Round(c.ChangedShare, 4),
            rawChangedShare = Math.Round(c.RawChangedShare, 4),
            summary = Summary(c.Summary),
            whatChanged = new
            {
                facts = c.Digest.Facts.Select(f => new
                {
                    kind = f.Kind, label = f.Label, left = f.Older, right = f.Newer,
                    leftUrl = Urls.Block(view.Left.Id, f.OlderPlace.SectionSlug, f.OlderPlace.Anchor),
                    rightUrl = Urls.Block(view.Right.Id, f.NewerPlace.SectionSlug, f.NewerPlace.Anchor),
                }),
                sections = c.Digest.Sections.Select(x => new { change = Lower(x.Kind), section = x.Slug, leftHeading = x.OlderHeading, rightHeading = x.NewerHeading, parts = x.Parts }),
            },
            sections = c.Sections.Select(s => Section(view, s)),
        };
    }

    private static object Section(ComparisonView view, SectionComparison s) => new
    {
        left = s.Older?.Slug,
        right = s.Newer?.Slug,
        leftHeading = s.Older?.Heading,
        rightHeading = s.Newer?.Heading,
        level = s.Newer?.Level ?? s.Older!.Level,
        status = Lower(s.Status),
        similarity = Math.Round(s.Similarity, 4),
        headingSimilarity = s.HeadingSimilarity is double h ? Math.Round(h, 4) : (double?)null,
        contentSimilarity = s.ContentSimilarity is double t ? Math.Round(t, 4) : (double?)null,
        url = Urls.Compare(view.Left.Id, view.Right.Id, CompareIds.Section(view.Comparison, s)),
        summary = Summary(s.Summary),
        total = Summary(s.Total),
        changedBelow = s.ChangedBelow,
        subjectSimilarity = s.SubjectSimilarity is double subject ? Math.Round(subject, 4) : (double?)null,
        paragraphs = s.Blocks.Select(b => new
        {
            left = b.Older.Select(p => p.Anchor),
            right = b.Newer.Select(p => p.Anchor),
            leftSections = b.Older.Select(p => p.SectionSlug),
            rightSections = b.Newer.Select(p => p.SectionSlug),
            status = Lower(b.Status),
            similarity = b.Similarity,
            keptShare = b.KeptShare,
            rewritten = b.IsRewritten,
            shared = b.Shared,
            changes = b.Changes.Select(x => new { kind = Lower(x.Kind), left = x.Older, right = x.Newer }),
            url = Urls.Compare(view.Left.Id, view.Right.Id, CompareIds.Entry(b)),
            operations = b.Operations.Select(o => new
            {
                op = Lower(o.Kind),
                text = o.Text,
                typographyOnly = o.IsTypographyOnly,
                side = o.Side is { } side ? (side == ComparisonSide.Older ? "left" : "right") : null,
            }),
            table = b.Table is null ? null : new
            {
                columns = b.Table.Columns,
                rows = b.Table.Rows,
                cells = b.Table.Cells.Select(x => new { row = x.RowLabel, column = x.ColumnLabel, left = x.Older, right = x.Newer, status = Lower(x.Status) }),
                caption = Field(b.Table.Caption),
                units = Field(b.Table.Units),
                source = Field(b.Table.Source),
                rowChanges = b.Table.RowChanges.Select(r => new { row = r.Label, status = Lower(r.Status), leftPosition = r.OlderPosition, rightPosition = r.NewerPosition }),
            },
        }),
        movedAway = s.MovedAway.Select(m => new { left = m.From.Anchor, toSection = m.To.SectionSlug, to = m.To.Anchor, position = m.Position }),
    };

    private static object Field(Comparison.Tables.TextFieldComparison f) => new
    {
        left = f.Older,
        right = f.Newer,
        changed = f.IsChanged,
        operations = f.Operations.Select(o => new { op = Lower(o.Kind), text = o.Text, typographyOnly = o.IsTypographyOnly }),
    };

    private static object Summary(ChangeSummary s) => new
    {
        numbersUpdated = s.NumbersUpdated,
        namesChanged = s.NamesChanged,
        sentencesAdded = s.SentencesAdded,
        sentencesRemoved = s.SentencesRemoved,
        rewordings = s.Rewordings,
        typographyOnly = s.TypographyOnly,
        wordsAdded = s.WordsAdded,
        wordsRemoved = s.WordsRemoved,
        paragraphsAdded = s.ParagraphsAdded,
        paragraphsRemoved = s.ParagraphsRemoved,
        paragraphsChanged = s.ParagraphsChanged,
        paragraphsMoved = s.ParagraphsMoved,
        paragraphsSplit = s.ParagraphsSplit,
        paragraphsMerged = s.ParagraphsMerged,
    };

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
