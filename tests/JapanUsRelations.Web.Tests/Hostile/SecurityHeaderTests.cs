using System.Net;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>Every page type, JSON twin, static file and error answer carries the security headers; no page needs inline script or style.</summary>
[Collection(SiteCollection.Name)]
public class SecurityHeaderTests(RunningSite site)
{
    public static TheoryData<string> EveryPageType => new()
    {
        "/", "/editions", "/editions/2026-02-05", "/editions/2026-02-05/china", "/compare", "/compare/2024-11-05/2026-02-05",
        "/topics", "/topics/okinawa-and-bases", "/facts", "/facts/us-troops-in-japan", "/search?q=Okinawa", "/cite/2026-02-05/china/p9",
        "/editions/no-such-edition", "/no/such/page", "/error",
        "/api", "/api/editions/2026-02-05", "/api/search?q=Okinawa", "/api/no-such-twin",
        "/css/site.css", "/js/cite.js", "/healthz",
    };

    [Theory]
    [MemberData(nameof(EveryPageType))]
    public async Task Every_answer_carries_a_strict_csp_nosniff_referrer_frame_and_permissions_policy(string path)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        ((int)response.StatusCode).Should().BeLessThan(500);
        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
        response.Headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
    }

    public static TheoryData<string> EveryHtmlPage => new()
    {
        "/", "/editions", "/editions/2026-02-05", "/editions/2026-02-05/china", "/compare", "/compare/2024-11-05/2026-02-05",
        "/topics", "/topics/okinawa-and-bases", "/facts", "/facts/us-troops-in-japan", "/search?q=Okinawa", "/cite/2026-02-05/china/p9",
        "/editions/no-such-edition", "/no/such/page", "/error",
    };

    [Theory]
    [MemberData(nameof(EveryHtmlPage))]
    public async Task No_page_has_inline_script_inline_style_or_event_handlers_the_policy_would_block(string path)
    {
        var (_, page) = await site.Client.GetPageAsync(path);
        page.QuerySelector("main").Should().NotBeNull("the page is a page of the site");
        page.QuerySelectorAll("script").Where(s => !s.HasAttribute("src") || s.TextContent.Trim().Length > 0).Should().BeEmpty();
        page.QuerySelectorAll("style").Should().BeEmpty();
        page.QuerySelectorAll("[style]").Should().BeEmpty();
        page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Should().BeEmpty();
        page.QuerySelectorAll("a[href^='javascript:']").Should().BeEmpty();
    }

    [Fact]
    public void The_policy_allows_nothing_inline_and_nothing_from_elsewhere()
    {
        SecurityHeaders.ContentSecurityPolicy.Should().StartWith("default-src 'self'").And.NotContain("*").And.NotContain("http");
    }

    [Fact]
    public async Task A_method_refused_with_405_still_carries_the_headers()
    {
        using var request = new HttpRequestMessage(new HttpMethod("TRACE"), "/");
        using var response = await site.Client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Headers.Contains("Content-Security-Policy").Should().BeTrue();
    }
}
