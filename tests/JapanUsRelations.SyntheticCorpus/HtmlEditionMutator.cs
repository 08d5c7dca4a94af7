using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// The changes of <see cref="ChainMutator{TDocument}"/> made in an HTML product's DOM: the dateline's date; a number
/// in a paragraph, list item or table cell; a sentence added to, dropped from or moved between prose paragraphs; a
/// paragraph moved; a section heading renamed, removed (its paragraphs join the section before) or added before a
/// paragraph (splitting a section). Only elements holding text alone change, outside tables and lists, so links,
/// emphasis, figures and tables keep their markup. Each change is recorded in the reader's terms (whitespace as the
/// reader normalises it).
/// </summary>
public sealed partial class HtmlEditionMutator : ChainMutator<HtmlEditionDocument>
{
    private static readonly string[] HeadingEndings = [" and Outlook", ": Recent Developments", " in Brief", " and Congress", " Since 2025"];
    private static readonly string[] NewHeadings = ["Further Developments", "Recent Issues", "Looking Ahead", "Other Considerations", "Background"];
    private static readonly string[] Subjects = ["program reviews", "oversight hearings", "agency reports", "public comments", "grant awards", "pending cases"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Creates a mutator drawing from <paramref name="random"/>; added sentences come from <paramref name="sentencePool"/> or templates.</summary>
    public HtmlEditionMutator(Random random, IReadOnlyList<string> sentencePool)
        : base(random, sentencePool)
    {
    }

    /// <inheritdoc />
    protected override Change Redate(HtmlEditionDocument document, DateOnly published)
    {
        string date = published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        if (document.Dateline() is { } dateline)
        {
            dateline.Data = WrittenDate().Replace(dateline.Data, date, 1);
        }

        return new Change(ChangeKind.Dated, null, date);
    }

    /// <inheritdoc />
    protected override Change? ChangeNumber(HtmlEditionDocument document)
    {
        var candidates = document.NumberTexts().Where(t => Numbers.Changeable(t.Data).Any()).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var node = candidates[Random.Next(candidates.Count)];
        var numbers = Numbers.Changeable(node.Data).ToList();
        var number = numbers[Random.Next(numbers.Count)];
        string replacement = Numbers.Perturb(number.Value, Random);
        node.Data = node.Data[..number.Index] + replacement + node.Data[(number.Index + number.Length)..];
        return new Change(ChangeKind.NumberChanged, number.Value, replacement);
    }

    /// <inheritdoc />
    protected override Change? AddSentence(HtmlEditionDocument document, DateOnly published)
    {
        var paragraphs = document.PlainParagraphs();
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var paragraph = paragraphs[Random.Next(paragraphs.Count)];
        string sentence = Random.Next(2) == 0 && SentencePool.Count > 0
            ? SentencePool[Random.Next(SentencePool.Count)]
            : string.Create(CultureInfo.InvariantCulture, $"In {Months[published.Month - 1]} {published.Year}, officials counted {Random.Next(12, 980) * 10:N0} {Subjects[Random.Next(Subjects.Length)]} under the program.");
        var sentences = SentencesOf(paragraph);
        sentences.Insert(Random.Next(1, sentences.Count + 1), sentence);
        paragraph.TextContent = string.Join(' ', sentences);
        return new Change(ChangeKind.SentenceAdded, null, sentence);
    }

    /// <inheritdoc />
    protected override Change? DropSentence(HtmlEditionDocument document)
    {
        if (MovableSentence(document) is not var (paragraph, at))
        {
            return null;
        }

        var sentences = SentencesOf(paragraph);
        string dropped = sentences[at];
        sentences.RemoveAt(at);
        paragraph.TextContent = string.Join(' ', sentences);
        return new Change(ChangeKind.SentenceDropped, dropped, null);
    }

    /// <inheritdoc />
    protected override Change? MoveSentence(HtmlEditionDocument document)
    {
        if (MovableSentence(document) is not var (from, at))
        {
            return null;
        }

        var targets = document.PlainParagraphs().Where(p => !ReferenceEquals(p, from)).ToList();
        if (targets.Count == 0)
        {
            return null;
        }

        var to = targets[Random.Next(targets.Count)];
        var source = SentencesOf(from);
        string moved = source[at];
        source.RemoveAt(at);
        var target = SentencesOf(to);
        target.Insert(Random.Next(1, target.Count + 1), moved);
        from.TextContent = string.Join(' ', source);
        to.TextContent = string.Join(' ', target);
        return new Change(ChangeKind.SentenceMoved, moved, moved);
    }

    /// <inheritdoc />
    protected override Change? MoveParagraph(HtmlEditionDocument document)
    {
        var paragraphs = document.PlainParagraphs();
        if (paragraphs.Count < 3)
        {
            return null;
        }

        var paragraph = paragraphs[Random.Next(paragraphs.Count)];
        var places = paragraphs.Where(p => !ReferenceEquals(p, paragraph)).ToList();
        var after = places[Random.Next(places.Count)];
        paragraph.Remove();
        after.After(paragraph);
        string text = HtmlEditionDocument.Normalised(paragraph.TextContent);
        return new Change(ChangeKind.ParagraphMoved, text, text);
    }

    /// <inheritdoc />
    protected override Change? RenameSection(HtmlEditionDocument document)
    {
        var headings = document.Headings();
        if (headings.Count == 0)
        {
            return null;
        }

        var heading = headings[Random.Next(headings.Count)];
        string before = HtmlEditionDocument.Normalised(heading.TextContent);
        string root = HeadingEndings.Aggregate(before, (text, ending) => text.EndsWith(ending, StringComparison.Ordinal) ? text[..^ending.Length] : text);
        string renamed = root + HeadingEndings[Random.Next(HeadingEndings.Length)];
        if (renamed == before)
        {
            renamed = root;
        }

        heading.TextContent = renamed;
        return new Change(ChangeKind.SectionRenamed, before, renamed);
    }

    /// <inheritdoc />
    protected override Change? MergeSections(HtmlEditionDocument document)
    {
        var headings = document.Headings();
        if (headings.Count <= 3)
        {
            return null;
        }

        // Only a heading between two paragraphs, so no table, list or figure changes section.
        var mergeable = headings.Where(h => h.PreviousElementSibling?.LocalName == "p" && h.NextElementSibling?.LocalName == "p").ToList();
        if (mergeable.Count == 0)
        {
            return null;
        }

        var heading = mergeable[Random.Next(mergeable.Count)];
        string removed = HtmlEditionDocument.Normalised(heading.TextContent);
        heading.Remove();
        return new Change(ChangeKind.SectionsMerged, removed, null);
    }

    /// <inheritdoc />
    protected override Change? SplitSection(HtmlEditionDocument document)
    {
        var headings = document.Headings();
        if (headings.Count == 0 || headings.Count >= 14)
        {
            return null;
        }

        var first = headings[0];
        var places = document.PlainParagraphs()
            .Where(p => p.PreviousElementSibling?.LocalName == "p" && first.CompareDocumentPosition(p).HasFlag(DocumentPositions.Following)).ToList();
        if (places.Count == 0)
        {
            return null;
        }

        var at = places[Random.Next(places.Count)];
        var owner = headings.Last(h => h.CompareDocumentPosition(at).HasFlag(DocumentPositions.Following));
        string title = NewHeadings[Random.Next(NewHeadings.Length)] + " in " + HtmlEditionDocument.Normalised(owner.TextContent).Split(':')[0];
        if (headings.Any(h => HtmlEditionDocument.Normalised(h.TextContent) == title))
        {
            return null;
        }

        var heading = document.Document.CreateElement(owner.LocalName);
        heading.TextContent = title;
        at.Before(heading);
        return new Change(ChangeKind.SectionSplit, HtmlEditionDocument.Normalised(owner.TextContent), title);
    }

    /// <summary>A paragraph of three or more sentences and one of its sentences after the first that is plain text.</summary>
    private (IElement Paragraph, int Sentence)? MovableSentence(HtmlEditionDocument document)
    {
        var candidates = document.PlainParagraphs().Where(p => SentencesOf(p).Count >= 3).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var paragraph = candidates[Random.Next(candidates.Count)];
        var sentences = SentencesOf(paragraph);
        var plain = Enumerable.Range(1, sentences.Count - 1).Where(i => sentences[i].Length > 20 && sentences[i].IndexOfAny(['*', '\\', '<', '[', '|', '_']) < 0).ToList();
        return plain.Count == 0 ? null : (paragraph, plain[Random.Next(plain.Count)]);
    }

    private static List<string> SentencesOf(IElement paragraph) => Sentences.Split(HtmlEditionDocument.Normalised(paragraph.TextContent));

    // "September 16, 2026" or "September 2026", as a dateline writes its date.
    [GeneratedRegex(@"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s*)?\d{4}")]
    private static partial Regex WrittenDate();
}
