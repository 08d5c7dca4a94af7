using System.Globalization;
using System.Text.RegularExpressions;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// Makes the next edition of a chain from the previous one: a new date, then a few random changes drawn from
/// <see cref="ChangeKind"/> (numbers, sentences added, dropped and moved, a paragraph moved, sections renamed, merged
/// and split), each recorded. Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed partial class EditionMutator
{
    private static readonly string[] HeadingSuffixes = [" and Outlook", ": Recent Developments", " in Focus", " and the Alliance", " Since 2025"];
    private static readonly string[] SplitHeadings = ["Further Developments", "Recent Issues", "Looking Ahead", "Other Considerations", "Background"];
    private static readonly string[] Programs = ["joint exercises", "the host-nation support agreement", "semiconductor supply chains", "energy security talks", "the Quad working groups", "shipbuilding cooperation"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private readonly Random _random;
    private readonly IReadOnlyList<string> _sentencePool;

    /// <summary>Creates a mutator drawing from <paramref name="random"/>; added sentences come from <paramref name="sentencePool"/> or templates.</summary>
    public EditionMutator(Random random, IReadOnlyList<string> sentencePool)
    {
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _sentencePool = sentencePool ?? throw new ArgumentNullException(nameof(sentencePool));
    }

    /// <summary>Applies the date and 2–6 other changes to <paramref name="document"/>; returns what changed.</summary>
    public List<Change> Mutate(EditionDocument document, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(document);
        var changes = new List<Change> { Redate(document, published) };
        int count = _random.Next(2, 7);
        for (int attempt = 0; attempt < count * 4 && changes.Count <= count; attempt++)
        {
            var change = _random.Next(100) switch
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

    private static Change Redate(EditionDocument document, DateOnly published)
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

    private Change? ChangeNumber(EditionDocument document)
    {
        var candidates = Indexes(document, s => s.Kind == SegmentKind.Paragraph || (s.Kind == SegmentKind.Verbatim && s.Lines.Any(l => l.Contains('\t', StringComparison.Ordinal))))
            .Where(i => ChangeableNumbers(document.Segments[i].Text).Any()).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        int index = candidates[_random.Next(candidates.Count)];
        var segment = document.Segments[index];
        var numbers = ChangeableNumbers(segment.Text).ToList();
        var number = numbers[_random.Next(numbers.Count)];
        string replacement = Perturb(number.Value);
        string text = segment.Text[..number.Index] + replacement + segment.Text[(number.Index + number.Length)..];
        document.Segments[index] = segment with { Lines = text.Split('\n') };
        return new Change(ChangeKind.NumberChanged, number.Value, replacement);
    }

    private Change? AddSentence(EditionDocument document, DateOnly published)
    {
        var paragraphs = Indexes(document, s => s.Kind == SegmentKind.Paragraph);
        if (paragraphs.Count == 0)
        {
            return null;
        }

        int index = paragraphs[_random.Next(paragraphs.Count)];
        string sentence = _random.Next(2) == 0 && _sentencePool.Count > 0
            ? _sentencePool[_random.Next(_sentencePool.Count)]
            : string.Create(CultureInfo.InvariantCulture, $"In {Months[published.Month - 1]} {published.Year}, officials of both governments reported {_random.Next(12, 980) * 10:N0} participants in {Programs[_random.Next(Programs.Length)]}.");
        var sentences = Sentences.Split(document.Segments[index].Text);
        sentences.Insert(_random.Next(1, sentences.Count + 1), sentence);
        document.Segments[index] = Segment.Paragraph(string.Join(' ', sentences));
        return new Change(ChangeKind.SentenceAdded, null, sentence);
    }

    private Change? DropSentence(EditionDocument document)
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

    private Change? MoveSentence(EditionDocument document)
    {
        var (from, at) = MovableSentence(document, minimumSentences: 3);
        var targets = Indexes(document, s => s.Kind == SegmentKind.Paragraph).Where(i => i != from).ToList();
        if (from < 0 || targets.Count == 0)
        {
            return null;
        }

        int to = targets[_random.Next(targets.Count)];
        var source = Sentences.Split(document.Segments[from].Text);
        string moved = source[at];
        source.RemoveAt(at);
        var target = Sentences.Split(document.Segments[to].Text);
        target.Insert(_random.Next(1, target.Count + 1), moved);
        document.Segments[from] = Segment.Paragraph(string.Join(' ', source));
        document.Segments[to] = Segment.Paragraph(string.Join(' ', target));
        return new Change(ChangeKind.SentenceMoved, moved, moved);
    }

    private Change? MoveParagraph(EditionDocument document)
    {
        var paragraphs = Indexes(document, s => s.Kind == SegmentKind.Paragraph);
        if (paragraphs.Count < 3)
        {
            return null;
        }

        int from = paragraphs[_random.Next(paragraphs.Count)];
        var paragraph = document.Segments[from];
        document.Segments.RemoveAt(from);
        var places = Indexes(document, s => s.Kind == SegmentKind.Paragraph);
        int after = places[_random.Next(places.Count)];
        document.Segments.Insert(after + 1, paragraph);
        return new Change(ChangeKind.ParagraphMoved, paragraph.Text, paragraph.Text);
    }

    private Change? RenameSection(EditionDocument document)
    {
        var headings = Indexes(document, s => s.Kind == SegmentKind.Heading).Skip(1).ToList();
        if (headings.Count == 0)
        {
            return null;
        }

        int index = headings[_random.Next(headings.Count)];
        var heading = document.Segments[index];
        string root = HeadingSuffixes.Aggregate(heading.Text, (text, suffix) => text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text);
        string renamed = root + HeadingSuffixes[_random.Next(HeadingSuffixes.Length)];
        if (renamed == heading.Text)
        {
            renamed = root;
        }

        document.Segments[index] = Segment.Heading(heading.Marker, renamed);
        return new Change(ChangeKind.SectionRenamed, heading.Text, renamed);
    }

    private Change? MergeSections(EditionDocument document)
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

        int index = mergeable[_random.Next(mergeable.Count)];
        string removed = document.Segments[index].Text;
        document.Segments.RemoveAt(index);
        return new Change(ChangeKind.SectionsMerged, removed, null);
    }

    private Change? SplitSection(EditionDocument document)
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

        int at = places[_random.Next(places.Count)];
        var owner = document.Segments[headings.Last(h => h < at)];
        string title = SplitHeadings[_random.Next(SplitHeadings.Length)] + " in " + owner.Text.Split(':')[0];
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

        int index = candidates[_random.Next(candidates.Count)];
        var sentences = Sentences.Split(document.Segments[index].Text);
        var plain = Enumerable.Range(1, sentences.Count - 1).Where(i => IsPlain(sentences[i])).ToList();
        return plain.Count == 0 ? (-1, -1) : (index, plain[_random.Next(plain.Count)]);
    }

    /// <summary>A sentence without inline markup or a citation, so moving it cannot break a bold span or a link.</summary>
    private static bool IsPlain(string sentence) => sentence.IndexOfAny(['*', '\\', '<', '[', '|', '_']) < 0 && sentence.Length > 20;

    private static List<int> Indexes(EditionDocument document, Func<Segment, bool> predicate) =>
        Enumerable.Range(0, document.Segments.Count).Where(i => predicate(document.Segments[i])).ToList();

    private static IEnumerable<Match> ChangeableNumbers(string text) =>
        Number().Matches(text).Where(m => double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) is var v && v >= 10 && !(v is >= 1900 and <= 2100 && !m.Value.Contains(',', StringComparison.Ordinal)));

    private string Perturb(string number)
    {
        bool grouped = number.Contains(',', StringComparison.Ordinal);
        long value = long.Parse(number.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        long changed = Math.Max(10, (long)Math.Round(value * (0.85 + _random.NextDouble() * 0.3)));
        if (changed == value)
        {
            changed = value + 1;
        }

        return changed.ToString(grouped ? "N0" : "D", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^Updated [A-Z][a-z]+ \d{1,2}, \d{4}$")]
    private static partial Regex UpdatedLine();

    // A whole number not glued to letters, digits, a decimal point, a hyphen or a dollar escape (so not F-35, IF10199, 2+2, 3.5).
    [GeneratedRegex(@"(?<![\w.\-+/\\$])\d{1,3}(?:,\d{3})+(?![\w.,]\d|\w)|(?<![\w.,\-+/\\$])\d+(?![\w.,]\d|\w|-\d)")]
    private static partial Regex Number();
}
