using System.Globalization;
using System.Text.RegularExpressions;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// The changes of <see cref="ChainMutator{TDocument}"/> made in a Markdown or plain-text seed's segments: the
/// "Updated" line, numbers in paragraphs and tab tables, sentences added, dropped and moved, a paragraph moved,
/// sections renamed, merged and split.
/// </summary>
public sealed partial class EditionMutator : ChainMutator<EditionDocument>
{
    private static readonly string[] HeadingSuffixes = [" and Outlook", ": Recent Developments", " in Focus", " and the Alliance", " Since 2025"];
    private static readonly string[] SplitHeadings = ["Further Developments", "Recent Issues", "Looking Ahead", "Other Considerations", "Background"];
    private static readonly string[] Programs = ["joint exercises", "the host-nation support agreement", "semiconductor supply chains", "energy security talks", "the Quad working groups", "shipbuilding cooperation"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Creates a mutator drawing from <paramref name="random"/>; added sentences come from <paramref name="sentencePool"/> or templates.</summary>
    public EditionMutator(Random random, IReadOnlyList<string> sentencePool)
        : base(random, sentencePool)
    {
    }

    /// <inheritdoc />
    protected override Change Redate(EditionDocument document, DateOnly published)
    {
        string updated = "Updated " + published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        for (int i = 0; i < document.Segments.Count; i++)
        {
            var segment = document.Segments[i];
            if (segment.Kind == SegmentKind.Verbatim && segment.Lines.Any(l => UpdatedLine().IsMatch(l)))
            {
                document.Segments[i] = segment with { Lines = segment.Lines.Select(l => UpdatedLine().IsMatch(l) ? updated : l).ToList() };
                break;
            }
        }

        return new Change(ChangeKind.Dated, null, updated);
    }

    /// <inheritdoc />
    protected override Change? ChangeNumber(EditionDocument document)
    {
        var candidates = Indexes(document, s => s.Kind == SegmentKind.Paragraph || (s.Kind == SegmentKind.Verbatim && s.Lines.Any(l => l.Contains('\t', StringComparison.Ordinal))))
            .Where(i => Numbers.Changeable(document.Segments[i].Text).Any()).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        int index = candidates[Random.Next(candidates.Count)];
        var segment = document.Segments[index];
        var numbers = Numbers.Changeable(segment.Text).ToList();
        var number = numbers[Random.Next(numbers.Count)];
        string replacement = Numbers.Perturb(number.Value, Random);
        string text = segment.Text[..number.Index] + replacement + segment.Text[(number.Index + number.Length)..];
        document.Segments[index] = segment with { Lines = text.Split('\n') };
        return new Change(ChangeKind.NumberChanged, number.Value, replacement);
    }

    /// <inheritdoc />
    protected override Change? AddSentence(EditionDocument document, DateOnly published)
    {
        var paragraphs = Indexes(document, s => s.Kind == SegmentKind.Paragraph);
        if (paragraphs.Count == 0)
        {
            return null;
        }

        int index = paragraphs[Random.Next(paragraphs.Count)];
        string sentence = Random.Next(2) == 0 && SentencePool.Count > 0
            ? SentencePool[Random.Next(SentencePool.Count)]
            : string.Create(CultureInfo.InvariantCulture, $"In {Months[published.Month - 1]} {published.Year}, officials of both governments reported {Random.Next(12, 980) * 10:N0} participants in {Programs[Random.Next(Programs.Length)]}.");
        var sentences = Sentences.Split(document.Segments[index].Text);
        sentences.Insert(Random.Next(1, sentences.Count + 1), sentence);
        document.Segments[index] = Segment.Paragraph(string.Join(' ', sentences));
        return new Change(ChangeKind.SentenceAdded, null, sentence);
    }

    /// <inheritdoc />
    protected override Change? DropSentence(EditionDocument document)
    {
        var (index, at) = MovableSentence(document, minimumSentences: 3);
        if (index < 0)
        {
            return null;
        }

        var sentences = Sentences.Split(document.Segments[index].Text);
        string dropped = sentences[at];
        sentences.RemoveAt(at);
        document.Segments[index] = Segment.Paragraph(string.Join(' ', sentences));
        return new Change(ChangeKind.SentenceDropped, dropped, null);
    }

    /// <inheritdoc />
    protected override Change? MoveSentence(EditionDocument document)
    {
        var (from, at) = MovableSentence(document, minimumSentences: 3);
        var targets = Indexes(document, s => s.Kind == SegmentKind.Paragraph).Where(i => i != from).ToList();
        if (from < 0 || targets.Count == 0)
        {
            return null;
        }

        int to = targets[Random.Next(targets.Count)];
        var source = Sentences.Split(document.Segments[from].Text);
        string moved = source[at];
        source.RemoveAt(at);
        var target = Sentences.Split(document.Segments[to].Text);
        target.Insert(Random.Next(1, target.Count + 1), moved);
        document.Segments[from] = Segment.Paragraph(string.Join(' ', source));
        document.Segments[to] = Segment.Paragraph(string.Join(' ', target));
        return new Change(ChangeKind.SentenceMoved, moved, moved);
    }

    /// <inheritdoc />
    protected override Change? MoveParagraph(EditionDocument document)
    {
        var paragraphs = Indexes(document, s => s.Kind == SegmentKind.Paragraph);
        if (paragraphs.Count < 3)
        {
            return null;
        }

        int from = paragraphs[Random.Next(paragraphs.Count)];
        var paragraph = document.Segments[from];
        document.Segments.RemoveAt(from);
        var places = Indexes(document, s => s.Kind == SegmentKind.Paragraph);
        int after = places[Random.Next(places.Count)];
        document.Segments.Insert(after + 1, paragraph);
        return new Change(ChangeKind.ParagraphMoved, paragraph.Text, paragraph.Text);
    }

    /// <inheritdoc />
    protected override Change? RenameSection(EditionDocument document)
    {
        var headings = Indexes(document, s => s.Kind == SegmentKind.Heading).Skip(1).ToList();
        if (headings.Count == 0)
        {
            return null;
        }

        int index = headings[Random.Next(headings.Count)];
        var heading = document.Segments[index];
        string root = HeadingSuffixes.Aggregate(heading.Text, (text, suffix) => text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text);
        string renamed = root + HeadingSuffixes[Random.Next(HeadingSuffixes.Length)];
        if (renamed == heading.Text)
        {
            renamed = root;
        }

        document.Segments[index] = Segment.Heading(heading.Marker, renamed);
        return new Change(ChangeKind.SectionRenamed, heading.Text, renamed);
    }

    /// <inheritdoc />
    protected override Change? MergeSections(EditionDocument document)
    {
        var headings = Indexes(document, s => s.Kind == SegmentKind.Heading);
        if (headings.Count <= 5)
        {
            return null;
        }

        // Only a heading whose section is all paragraphs, so no table or masthead line changes section.
        var mergeable = headings.Skip(1).Where(i => i + 1 < document.Segments.Count && document.Segments[i + 1].Kind == SegmentKind.Paragraph && document.Segments[i - 1].Kind == SegmentKind.Paragraph).ToList();
        if (mergeable.Count == 0)
        {
            return null;
        }

        int index = mergeable[Random.Next(mergeable.Count)];
        string removed = document.Segments[index].Text;
        document.Segments.RemoveAt(index);
        return new Change(ChangeKind.SectionsMerged, removed, null);
    }

    /// <inheritdoc />
    protected override Change? SplitSection(EditionDocument document)
    {
        var headings = Indexes(document, s => s.Kind == SegmentKind.Heading);
        if (headings.Count == 0 || headings.Count >= 14)
        {
            return null;
        }

        var places = Enumerable.Range(1, document.Segments.Count - 1)
            .Where(i => document.Segments[i].Kind == SegmentKind.Paragraph && document.Segments[i - 1].Kind == SegmentKind.Paragraph && i > headings[0]).ToList();
        if (places.Count == 0)
        {
            return null;
        }

        int at = places[Random.Next(places.Count)];
        var owner = document.Segments[headings.Last(h => h < at)];
        string title = SplitHeadings[Random.Next(SplitHeadings.Length)] + " in " + owner.Text.Split(':')[0];
        if (document.Segments.Any(s => s.Kind == SegmentKind.Heading && s.Text == title))
        {
            return null;
        }

        document.Segments.Insert(at, Segment.Heading(owner.Marker, title));
        return new Change(ChangeKind.SectionSplit, owner.Text, title);
    }

    private (int Index, int Sentence) MovableSentence(EditionDocument document, int minimumSentences)
    {
        var candidates = Indexes(document, s => s.Kind == SegmentKind.Paragraph)
            .Where(i => Sentences.Split(document.Segments[i].Text).Count >= minimumSentences).ToList();
        if (candidates.Count == 0)
        {
            return (-1, -1);
        }

        int index = candidates[Random.Next(candidates.Count)];
        var sentences = Sentences.Split(document.Segments[index].Text);
        var plain = Enumerable.Range(1, sentences.Count - 1).Where(i => IsPlain(sentences[i])).ToList();
        return plain.Count == 0 ? (-1, -1) : (index, plain[Random.Next(plain.Count)]);
    }

    /// <summary>A sentence without inline markup or a citation, so moving it cannot break a bold span or a link.</summary>
    private static bool IsPlain(string sentence) => sentence.IndexOfAny(['*', '\\', '<', '[', '|', '_']) < 0 && sentence.Length > 20;

    private static List<int> Indexes(EditionDocument document, Func<Segment, bool> predicate) =>
        Enumerable.Range(0, document.Segments.Count).Where(i => predicate(document.Segments[i])).ToList();

    [GeneratedRegex(@"^Updated [A-Z][a-z]+ \d{1,2}, \d{4}$")]
    private static partial Regex UpdatedLine();
}
