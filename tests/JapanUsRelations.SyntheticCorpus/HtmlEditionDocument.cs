using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// A provider-HTML product (a congress.gov file of <c>../shared/crs-corpus</c>) being generated: its DOM, with the
/// elements the ingestion's HTML reader turns into blocks (<c>HtmlBlockReader</c>: <c>h2</c>–<c>h6</c> headings, <c>p</c>
/// paragraphs outside tables and lists, table cells) found for <see cref="HtmlEditionMutator"/>. Everything else is kept as it was. Rendered back
/// as the body's HTML (a fragment, as the provider serves it) or, for a whole page, the whole document.
/// </summary>
public sealed partial class HtmlEditionDocument : ISyntheticDocument
{
    private static readonly HtmlParser Parser = new();

    private readonly bool _wholePage;

    private HtmlEditionDocument(IHtmlDocument document, bool wholePage, string extension, string title = "", string? reportNumber = null)
    {
        Document = document;
        _wholePage = wholePage;
        Extension = extension;
        Title = title;
        ReportNumber = reportNumber;
    }

    /// <inheritdoc />
    public string Title { get; private set; }

    /// <inheritdoc />
    public string? ReportNumber { get; private set; }

    /// <summary>The document being edited.</summary>
    public IHtmlDocument Document { get; }

    /// <inheritdoc />
    public string Extension { get; }

    /// <summary>True for a file the generator reads as HTML (<c>.html</c>, <c>.htm</c>).</summary>
    public static bool IsHtml(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";

    /// <summary>Reads an HTML file; its title and report number are the ones the ingestion reads in its masthead.</summary>
    public static HtmlEditionDocument Load(string path)
    {
        var edition = Ingestion.EditionParser.Parse(Ingestion.Reading.SeedFile.Load(path), null);
        var document = Parse(File.ReadAllText(path), Path.GetExtension(path));
        document.Title = edition.Title;
        document.ReportNumber = edition.ReportNumber;
        return document;
    }

    /// <summary>A document from HTML text.</summary>
    public static HtmlEditionDocument Parse(string html, string extension = ".html")
    {
        ArgumentNullException.ThrowIfNull(html);
        return new HtmlEditionDocument(Parser.ParseDocument(html), html.Contains("<html", StringComparison.OrdinalIgnoreCase), extension);
    }

    /// <inheritdoc />
    public ISyntheticDocument Copy()
    {
        string html = Render();
        return new HtmlEditionDocument(Parser.ParseDocument(html), _wholePage, Extension, Title, ReportNumber);
    }

    /// <summary>
    /// The title's text (the first text in the document reading as the title: the masthead's title block or <c>h1</c>;
    /// the page's <c>title</c> element too) and the report number in every text (the dateline's "(IF…)", a number
    /// line, the page title) take the new report's; markup stays as it was.
    /// </summary>
    public void Rename(ReportMasthead masthead)
    {
        ArgumentNullException.ThrowIfNull(masthead);
        string title = Normalised(Title);
        bool titled = false;
        foreach (var text in Document.DocumentElement.Descendants<IText>().ToList())
        {
            bool inPageTitle = text.ParentElement is IHtmlTitleElement;
            if ((!titled || inPageTitle) && Normalised(text.Data) == title)
            {
                text.Data = masthead.Title;
                titled |= !inPageTitle;
            }
            else if (inPageTitle && text.Data.Contains(Title, StringComparison.Ordinal))
            {
                text.Data = text.Data.Replace(Title, masthead.Title, StringComparison.Ordinal);
            }

            if (ReportNumber is not null)
            {
                text.Data = ReportMastheads.ReplaceNumber(text.Data, ReportNumber, masthead.Number);
            }
        }

        if (!titled && Document.Head?.QuerySelector("title") is null)
        {
            throw new InvalidOperationException($"no text \"{Title}\" to print the new title in");
        }

        Title = masthead.Title;
        ReportNumber = ReportNumber is null ? null : masthead.Number;
    }

    /// <inheritdoc />
    public string Render() => (_wholePage ? "<!DOCTYPE html>\n" + Document.DocumentElement.OuterHtml : Document.Body!.InnerHtml.Trim()) + "\n";

    /// <summary>Section headings (<c>h2</c>–<c>h6</c>; an <c>h1</c> is the title) holding only text, in document order.</summary>
    public List<IElement> Headings() =>
        [.. Body.QuerySelectorAll("h2, h3, h4, h5, h6").Where(h => IsPlain(h) && !InTableOrList(h) && Normalised(h.TextContent).Length > 0)];

    /// <summary>The shortest paragraph that counts as prose (shorter ones are figure labels and values such as "36%").</summary>
    public const int ProseLength = 60;

    /// <summary>Prose paragraphs (<c>p</c>) holding only text, in document order: the ones whose sentences may change.</summary>
    public List<IElement> PlainParagraphs() =>
        [.. Body.QuerySelectorAll("p").Where(p => IsPlain(p) && !InTableOrList(p) && Normalised(p.TextContent).Length >= ProseLength)];

    /// <summary>The text nodes of paragraphs, list items and table cells: where numbers may change.</summary>
    public List<IText> NumberTexts() =>
        [.. Body.QuerySelectorAll("p, li, td, th").SelectMany(e => e.ChildNodes.OfType<IText>())];

    /// <summary>The first text node that is a dateline to the reader ("Updated September 16, 2026 (IF12173)"), or null.</summary>
    public IText? Dateline()
    {
        foreach (var node in Body.Descendants<IText>())
        {
            if (Ingestion.Classification.LinePatterns.Dateline().IsMatch(Normalised(node.Data)))
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>A paragraph's or heading's text as the reader reads it: whitespace runs made one space, trimmed.</summary>
    public static string Normalised(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The sentences (after the first of each paragraph) other editions may borrow.</summary>
    public List<string> Sentences() =>
        [.. PlainParagraphs().SelectMany(p => SyntheticCorpus.Sentences.Split(Normalised(p.TextContent)).Skip(1))];

    private IElement Body => Document.Body ?? Document.DocumentElement;

    private static bool IsPlain(IElement element) => element.ChildNodes.All(n => n is IText);

    // A paragraph in a table cell or list item is part of the table or list: its sentences and neighbours stay.
    private static bool InTableOrList(IElement element) => element.ParentElement?.Closest("table, ul, ol, dl") is not null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
