using System.IO.Compression;
using System.Net;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Caching;

/// <summary>Rendered pages and twins: strong ETags and 304, Brotli and gzip, Cache-Control, one entry per URL.</summary>
[Collection(SiteCollection.Name)]
public class ResponseCacheTests(RunningSite site)
{
    private const string ComparePage = "/compare/2024-11-05/2026-02-05";

    [Theory]
    [InlineData(ComparePage, "text/html")]
    [InlineData("/editions/2026-02-05/china", "text/html")]
    [InlineData("/api/compare/2024-11-05/2026-02-05", "application/json")]
    [InlineData("/api/editions", "application/json")]
    public async Task A_page_or_twin_carries_a_strong_ETag_a_CDN_Cache_Control_and_Vary(string path, string mediaType)
    {
        using var response = await GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Headers.ETag.Should().NotBeNull();
        response.Headers.ETag!.IsWeak.Should().BeFalse("a strong tag lets range requests and CDNs compare bytes");
        var cacheControl = response.Headers.CacheControl!;
        cacheControl.Public.Should().BeTrue();
        cacheControl.MaxAge.Should().BePositive();
        cacheControl.SharedMaxAge.Should().BeGreaterThanOrEqualTo(cacheControl.MaxAge!.Value);
        cacheControl.NoStore.Should().BeFalse();
        response.Headers.Vary.Should().Contain("Accept-Encoding");
    }

    [Fact]
    public async Task The_second_request_is_served_from_memory_with_the_same_bytes_and_tag()
    {
        using var first = await GetAsync(ComparePage);
        byte[] firstBody = await first.Content.ReadAsByteArrayAsync();
        using var second = await GetAsync(ComparePage);
        byte[] secondBody = await second.Content.ReadAsByteArrayAsync();
        second.Headers.GetValues("X-Cache").Should().Equal("hit");
        secondBody.Should().Equal(firstBody);
        second.Headers.ETag.Should().Be(first.Headers.ETag);
        second.Content.Headers.ContentLength.Should().Be(firstBody.Length);
    }

    [Fact]
    public async Task If_None_Match_with_the_current_tag_answers_304_without_a_body()
    {
        using var page = await GetAsync(ComparePage);
        string tag = page.Headers.ETag!.Tag;
        foreach (string ifNoneMatch in new[] { tag, "W/" + tag, $"\"something-else\", {tag}", "*" })
        {
            using var revalidated = await GetAsync(ComparePage, ("If-None-Match", ifNoneMatch));
            revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified, ifNoneMatch);
            (await revalidated.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
            revalidated.Headers.ETag!.Tag.Should().Be(tag);
            revalidated.Headers.CacheControl!.Public.Should().BeTrue();
        }
    }

    [Fact]
    public async Task If_None_Match_with_another_tag_answers_200_with_the_page()
    {
        using var page = await GetAsync("/editions/2018", ("If-None-Match", "\"0000\""));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("<h1");
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate, br;q=0", "gzip")]
    [InlineData("br;q=0.5, gzip;q=0.8", "gzip")]
    public async Task A_client_that_accepts_Brotli_or_gzip_gets_the_same_page_compressed_with_its_own_tag(string acceptEncoding, string expected)
    {
        using var plain = await GetAsync(ComparePage);
        byte[] identity = await plain.Content.ReadAsByteArrayAsync();
        using var compressed = await GetAsync(ComparePage, ("Accept-Encoding", acceptEncoding));
        compressed.Content.Headers.ContentEncoding.Should().Equal(expected);
        byte[] body = await compressed.Content.ReadAsByteArrayAsync();
        body.Length.Should().BeLessThan(identity.Length / 3, "an 80 KB page of prose compresses well");
        Decompress(body, expected).Should().Equal(identity);
        compressed.Headers.ETag!.Tag.Should().NotBe(plain.Headers.ETag!.Tag, "each coding is its own representation");
        compressed.Headers.ETag.IsWeak.Should().BeFalse();
    }

    [Theory]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    [InlineData("deflate")]
    public async Task A_client_that_accepts_neither_gets_the_page_uncompressed(string acceptEncoding)
    {
        using var response = await GetAsync(ComparePage, ("Accept-Encoding", acceptEncoding));
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        (await response.Content.ReadAsStringAsync()).Should().StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public async Task Each_URL_is_its_own_entry_query_string_included()
    {
        var okinawa = await TitleAndHitsAsync("/search?q=Okinawa");
        var tariffs = await TitleAndHitsAsync("/search?q=tariffs");
        okinawa.Should().NotBe(tariffs);
        (await TitleAndHitsAsync("/search?q=Okinawa")).Should().Be(okinawa);
        var (_, older) = await site.Client.GetPageAsync("/editions/2018");
        var (_, newer) = await site.Client.GetPageAsync("/editions/2024-11-05");
        older.QuerySelector("h1")!.TextContent.Should().NotBe(newer.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Not_found_pages_are_not_kept_so_each_names_what_was_asked_for()
    {
        using var first = await GetAsync("/editions/1999-01-01");
        using var second = await GetAsync("/editions/1888-02-02");
        first.StatusCode.Should().Be(HttpStatusCode.NotFound);
        first.Headers.ETag.Should().BeNull();
        first.Headers.Contains("X-Cache").Should().BeFalse();
        (await first.Content.ReadAsStringAsync()).Should().Contain("1999-01-01");
        (await second.Content.ReadAsStringAsync()).Should().Contain("1888-02-02").And.NotContain("1999-01-01");
    }

    [Fact]
    public async Task A_fingerprinted_stylesheet_is_immutable_and_any_other_version_is_revalidated()
    {
        var (_, page) = await site.Client.GetPageAsync("/");
        string href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        href.Should().MatchRegex(@"^/css/site\.css\?v=[A-Za-z0-9_-]{43}$");
        using var current = await GetAsync(href);
        current.StatusCode.Should().Be(HttpStatusCode.OK);
        current.Headers.CacheControl!.ToString().Should().Contain("immutable").And.Contain("max-age=31536000");
        using var stale = await GetAsync("/css/site.css?v=not-the-hash");
        stale.Headers.CacheControl!.ToString().Should().NotContain("immutable").And.Contain("must-revalidate");
        using var bare = await GetAsync("/css/site.css");
        bare.Headers.CacheControl!.ToString().Should().NotContain("immutable");
    }

    [Fact]
    public async Task A_HEAD_after_a_GET_answers_the_same_headers_without_a_body()
    {
        using var get = await GetAsync("/topics");
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/topics", UriKind.Relative));
        using var head = await site.Client.SendAsync(request);
        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Headers.ETag.Should().Be(get.Headers.ETag);
        head.Content.Headers.ContentLength.Should().Be(get.Content.Headers.ContentLength);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    private async Task<string> TitleAndHitsAsync(string path)
    {
        var (status, page) = await site.Client.GetPageAsync(path);
        status.Should().Be(HttpStatusCode.OK);
        var links = page.QuerySelectorAll("main a[href*='#']").Select(a => a.GetAttribute("href")).ToList();
        links.Should().NotBeEmpty(path);
        return string.Join("|", links);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value).Should().BeTrue(name);
        }

        return await site.Client.SendAsync(request);
    }

    private static byte[] Decompress(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
