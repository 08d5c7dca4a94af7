using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Feeds;

/// <summary>
/// Writes a change feed as Atom 1.0 (RFC 4287) with the syndication library: absolute links built from the request,
/// <c>application/atom+xml</c>, and a strong ETag (SHA-256 of the body) answered with 304 when it matches
/// <c>If-None-Match</c>. A redirect goes to the feed's own URL; an unknown feed answers a plain-text 404 listing
/// the feeds that exist.
/// </summary>
public static class AtomResponse
{
    /// <summary>The media type of every feed.</summary>
    public const string MediaType = "application/atom+xml";

    /// <summary>The response to a feed answer.</summary>
    public static IResult Of(Answer<ChangeFeed> answer, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(context);
        if (answer.Redirect is { } redirect)
        {
            return Results.Redirect(redirect.To, permanent: redirect.Permanent);
        }

        if (answer.NotFound is { } missing)
        {
            return NotFoundText.Of(missing);
        }

        byte[] body = Write(answer.Found!, $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}");
        string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body)) + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, MediaType + "; charset=utf-8");
    }

    /// <summary>The feed as Atom XML (UTF-8, no byte-order mark), links absolute against <paramref name="origin"/>.</summary>
    public static byte[] Write(ChangeFeed feed, string origin)
    {
        ArgumentNullException.ThrowIfNull(feed);
        Uri Absolute(string path) => new(origin + path);
        var syndication = new SyndicationFeed(feed.Title, feed.Subtitle, Absolute(feed.Page))
        {
            Id = feed.Id,
            BaseUri = Absolute("/"),
            LastUpdatedTime = feed.Entries.Count == 0 ? DateTimeOffset.UnixEpoch : feed.Entries.Max(e => e.Updated),
            Generator = "Japan–U.S. Relations Editions",
        };
        syndication.Links[0].MediaType = "text/html";
        syndication.Links.Add(SyndicationLink.CreateSelfLink(Absolute(feed.Self), MediaType));
        syndication.Authors.Add(new SyndicationPerson(null, "Japan–U.S. Relations Editions", origin + "/"));
        syndication.Items = feed.Entries.Select(e => Item(e, Absolute)).ToList();

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new Atom10FeedFormatter(syndication).WriteTo(writer);
        }

        return stream.ToArray();
    }

    private static SyndicationItem Item(FeedEntry entry, Func<string, Uri> absolute)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(entry.Title),
            LastUpdatedTime = entry.Updated,
            PublishDate = entry.Updated,
            Content = new TextSyndicationContent(entry.Html, TextSyndicationContentKind.Html),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(absolute(entry.Link), "text/html"));
        foreach (string author in entry.Authors)
        {
            item.Authors.Add(new SyndicationPerson(null, author, null));
        }

        return item;
    }
}
