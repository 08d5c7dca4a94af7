using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace JapanUsRelations.Web.Tests.Feeds;

/// <summary>
/// Fetches a feed, parses it with the syndication library's Atom 1.0 reader, and checks RFC 4287's required
/// elements on the raw XML (§4.1.1 feed: exactly one id, title, updated, author unless every entry has one; §4.1.2
/// entry: exactly one id, title, updated, and content or an alternate link; §3.3 dates; §4.2.6 absolute ids).
/// </summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly HtmlParser Parser = new();

    /// <summary>GETs and parses a feed that must be there.</summary>
    public static async Task<SyndicationFeed> LoadAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        response.Headers.ETag.Should().NotBeNull();
        response.Headers.ETag!.IsWeak.Should().BeFalse("a strong hash of the body");
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        CheckRequiredElements(XDocument.Load(new MemoryStream(body)));
        using var reader = XmlReader.Create(new MemoryStream(body));
        var formatter = new Atom10FeedFormatter();
        formatter.CanRead(reader).Should().BeTrue("the body is an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    /// <summary>An entry's HTML content, parsed as a reader would see it.</summary>
    public static IHtmlDocument Content(SyndicationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var content = item.Content.Should().BeOfType<TextSyndicationContent>().Subject;
        content.Type.Should().Be("html");
        return Parser.ParseDocument(content.Text);
    }

    private static void CheckRequiredElements(XDocument document)
    {
        var feed = document.Root!;
        feed.Name.Should().Be(Atom + "feed");
        foreach (string name in new[] { "id", "title", "updated" })
        {
            feed.Elements(Atom + name).Should().ContainSingle($"atom:feed has exactly one atom:{name}");
        }

        Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute).Should().BeTrue("atom:id is an absolute IRI");
        CheckDate(feed.Element(Atom + "updated")!.Value);
        feed.Elements(Atom + "link").Should().Contain(l => (string?)l.Attribute("rel") == "self", "a feed should link itself");
        var entries = feed.Elements(Atom + "entry").ToList();
        if (!feed.Elements(Atom + "author").Any())
        {
            entries.Should().OnlyContain(e => e.Elements(Atom + "author").Any(), "without a feed author every entry has one");
        }

        foreach (var entry in entries)
        {
            foreach (string name in new[] { "id", "title", "updated" })
            {
                entry.Elements(Atom + name).Should().ContainSingle($"atom:entry has exactly one atom:{name}");
            }

            Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute).Should().BeTrue();
            CheckDate(entry.Element(Atom + "updated")!.Value);
            entry.Elements(Atom + "author").Should().OnlyContain(a => a.Elements(Atom + "name").Count() == 1, "a person has exactly one name");
            (entry.Elements(Atom + "content").Any() || entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
                .Should().BeTrue("an entry without content has an alternate link");
        }
    }

    private static void CheckDate(string text) =>
        text.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", "RFC 3339 date-time");
}
