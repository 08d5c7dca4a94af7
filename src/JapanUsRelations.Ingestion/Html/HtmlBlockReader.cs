using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JapanUsRelations.Ingestion.Blocks;
using JapanUsRelations.Ingestion.Classification;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion.Html;

/// <summary>
/// Stages 2–3 for HTML sources (congress.gov provider HTML, saved pages): the document's elements to classified
/// blocks, the same stream the text stages produce, so sections, run-in heads, tables and metadata are built by the
/// same code for every format. <c>h1</c>–<c>h6</c> are headings (empty ones dropped); <c>p</c> and bare text are
/// paragraphs (captions, source and note lines recognised by their shape); <c>ul</c>/<c>ol</c> are lists; tables
/// go through <see cref="HtmlTableReader"/>; images mark a figure; scripts, styles and the head are never text.
/// The masthead (title block, then "Updated &lt;date&gt;" and "(IFnnnnn)") is recognised by <see cref="HtmlMasthead"/>.
/// </summary>
public static class HtmlBlockReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Reads an HTML seed into classified blocks, in document order.</summary>
    public static IReadOnlyList<ClassifiedBlock> Read(SeedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = Parser.ParseDocument(string.Join('\n', text.Lines));
        var blocks = new List<ClassifiedBlock>();
        var walker = new Walker(text.File.FileName, blocks);
        walker.Walk(document.Body ?? (INode)document.DocumentElement, 0);
        string? pageTitle = document.Head?.QuerySelector("title")?.TextContent;
        SeedLimits.Default.CheckBlocks(text.File.FileName, blocks);
        return HtmlMasthead.Classify(blocks, pageTitle);
    }

    /// <summary>Walks block-level structure, gathering runs of inline content into paragraphs.</summary>
    internal sealed class Walker(string fileName, List<ClassifiedBlock> blocks)
    {
        private readonly List<INode> _inline = [];
        private int _headingLevel = 1;

        public string FileName { get; } = fileName;

        public void Walk(INode container, int depth)
        {
            if (depth > HtmlInline.MaxDepth)
            {
                throw new SeedFormatException(FileName, HtmlSource.LineOf(container), $"HTML nested deeper than {HtmlInline.MaxDepth} elements");
            }

            foreach (var child in container.ChildNodes)
            {
                switch (child)
                {
                    case IText when _inline.Count > 0 || !string.IsNullOrWhiteSpace(child.TextContent):
                        _inline.Add(child);
                        break;
                    case IElement element:
                        Element(element, depth);
                        break;
                }
            }

            Flush();
        }

        private void Element(IElement element, int depth)
        {
            string name = element.LocalName;
            if (HtmlSource.IsHidden(name))
            {
                return;
            }

            if (!HtmlSource.IsBlock(name) && name != "img")
            {
                if (ContainsBlock(element))
                {
                    Flush();
                    Walk(element, depth + 1); // an inline wrapper around blocks (<a><div>…</div></a>)
                }
                else
                {
                    _inline.Add(element);
                }

                return;
            }

            Flush();
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Heading(element, name[1] - '0');
                    break;
                case "p" or "dt" or "dd" or "figcaption" or "caption" or "pre" or "summary":
                    Paragraph(element);
                    break;
                case "ul" or "ol" or "dl":
                    List(element);
                    break;
                case "table":
                    HtmlTableReader.Read(element, this, depth);
                    break;
                case "img":
                    Add(new ClassifiedBlock(BlockRole.Figure, Raw(element, ""), ""));
                    break;
                case "hr" or "br":
                    break;
                default:
                    Walk(element, depth + 1);
                    break;
            }
        }

        /// <summary>Adds a block the table reader (or this walker) made.</summary>
        public void Add(ClassifiedBlock block) => blocks.Add(block);

        /// <summary>A paragraph from a <c>p</c>-like element: an image-only one marks a figure.</summary>
        public void Paragraph(IElement element)
        {
            string markup = HtmlInline.ToMarkup(element, FileName);
            string text = markup.Length == 0 ? "" : Inline.InlineMarkup.ToText(markup);
            if (text.Length == 0)
            {
                if (HtmlInline.HasImage(element))
                {
                    Add(new ClassifiedBlock(BlockRole.Figure, Raw(element, ""), ""));
                }

                return;
            }

            if (IsBoldHeading(markup, text))
            {
                // Layout: a paragraph wholly in bold that reads as a heading (a text box's title, a bold line) heads a
                // subsection one level below the heading it follows.
                Add(new ClassifiedBlock(BlockRole.Heading, Raw(element, markup), markup, Math.Min(6, _headingLevel + 1)));
                return;
            }

            Add(new ClassifiedBlock(RoleOf(text), Raw(element, markup), markup));
            if (HtmlInline.HasImage(element))
            {
                Add(new ClassifiedBlock(BlockRole.Figure, Raw(element, ""), ""));
            }
        }

        private void Heading(IElement element, int level)
        {
            string markup = HtmlInline.ToMarkup(element, FileName);
            string text = Inline.InlineMarkup.ToText(markup);
            if (text.Length == 0)
            {
                return; // layout: empty headings (anchors only, or blank) carry no section
            }

            var role = string.Equals(text, "Disclaimer", StringComparison.OrdinalIgnoreCase) ? BlockRole.DisclaimerHeading : BlockRole.Heading;
            _headingLevel = level;
            Add(new ClassifiedBlock(role, Raw(element, markup), markup, level));
        }

        private void List(IElement element)
        {
            var items = new List<string>();
            foreach (var item in element.Children.Where(c => c.LocalName is "li" or "dt" or "dd"))
            {
                CollectItems(item, items, 0);
            }

            if (items.Count > 0)
            {
                Add(new ClassifiedBlock(BlockRole.List, new RawBlock(items, HtmlSource.LineOf(element)), string.Join('\n', items)));
            }
        }

        /// <summary>One item per <c>li</c>; a nested list's items follow their parent item.</summary>
        private void CollectItems(IElement item, List<string> items, int depth)
        {
            if (depth > HtmlInline.MaxDepth)
            {
                throw new SeedFormatException(FileName, HtmlSource.LineOf(item), $"lists nested deeper than {HtmlInline.MaxDepth}");
            }

            var nested = item.Children.Where(c => c.LocalName is "ul" or "ol").ToList();
            foreach (var list in nested)
            {
                list.Remove();
            }

            string markup = HtmlInline.ToMarkup(item, FileName);
            if (Inline.InlineMarkup.ToText(markup).Length > 0)
            {
                items.Add(markup);
            }

            foreach (var child in nested.SelectMany(l => l.Children).Where(c => c.LocalName == "li"))
            {
                CollectItems(child, items, depth + 1);
            }
        }

        private void Flush()
        {
            if (_inline.Count == 0)
            {
                return;
            }

            var nodes = _inline.ToList();
            _inline.Clear();
            var holder = nodes[0].Owner!.CreateElement("p");
            int line = HtmlSource.LineOf(nodes[0]);
            foreach (var node in nodes)
            {
                holder.AppendChild(node.Clone(deep: true));
            }

            string markup = HtmlInline.ToMarkup(holder, FileName);
            string text = Inline.InlineMarkup.ToText(markup);
            if (text.Length > 0)
            {
                Add(new ClassifiedBlock(RoleOf(text), new RawBlock([markup], line), markup) { FromBareText = true });
            }
        }

        private static BlockRole RoleOf(string text) =>
            text switch
            {
                _ when LinePatterns.Caption().IsMatch(text) => BlockRole.Caption,
                _ when LinePatterns.SourceLine().IsMatch(text) => BlockRole.SourceLine,
                _ when LinePatterns.NoteLine().IsMatch(text) => BlockRole.NoteLine,
                _ => BlockRole.Paragraph,
            };

        private static bool IsBoldHeading(string markup, string text) =>
            markup.StartsWith("<b>", StringComparison.Ordinal) && markup.EndsWith("</b>", StringComparison.Ordinal)
            && markup.IndexOf("<b>", 1, StringComparison.Ordinal) < 0
            && LinePatterns.IsHeadingLike(text);

        private static bool ContainsBlock(IElement element) =>
            element.Descendants<IElement>().Any(e => HtmlSource.IsBlock(e.LocalName));

        private static RawBlock Raw(INode node, string markup) => new([markup], HtmlSource.LineOf(node));
    }
}
