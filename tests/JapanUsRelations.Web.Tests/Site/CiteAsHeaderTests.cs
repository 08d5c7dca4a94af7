using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Site;

/// <summary>
/// Every page and twin that answers 200 sends <c>Link: &lt;permalink&gt;; rel="cite-as"</c> (RFC 8574): the page's
/// absolute URL (a twin names its page), a cite page the permalink of what it cites; again when served from memory.
/// </summary>
[Collection(SiteCollection.Name)]
public class CiteAsHeaderTests(RunningSite site)
{
    private async Task<IReadOnlyList<string>> CiteAsAsync(string url)
    {
        using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, url);
        return response.Headers.TryGetValues("Link", out var values) ? values.Where(v => v.EndsWith("; rel=\"cite-as\"", StringComparison.Ordinal)).ToList() : [];
    }

    private string Absolute(string path) => site.BaseAddress.GetLeftPart(UriPartial.Authority) + path;

    [Fact]
    public async Task Every_page_type_and_its_twin_name_the_page_s_absolute_permalink()
    {
        var pages = SiteMap.Pages(site.Services.Snapshot())
            .Where(u => !u.StartsWith("/cite/", StringComparison.Ordinal) && !u.EndsWith("/latest", StringComparison.Ordinal)) // cite: below; latest: a redirect
            .GroupBy(u => u.Split('/', '?').Take(3).Aggregate((a, b) => a + "/" + b) + "|" + u.Count(c => c == '/'))
            .Select(g => g.First()).ToList();
        pages.Should().Contain(["/", "/editions", "/editions/2026-02-05/overview/history", "/search?q=Okinawa"]);
        foreach (string url in pages)
        {
            for (int fetch = 0; fetch < 2; fetch++)
            {
                (await CiteAsAsync(url)).Should().Equal([$"<{Absolute(url)}>; rel=\"cite-as\""], $"{url} (fetch {fetch + 1}: rendered, then from memory)");
                (await CiteAsAsync(Urls.Api(url))).Should().Equal([$"<{Absolute(url)}>; rel=\"cite-as\""], $"the twin of {url}");
            }
        }
    }

    [Fact]
    public async Task A_cite_page_names_the_permalink_of_what_it_cites()
    {
        string permalink = Absolute("/editions/2026-02-05/china#p9");
        (await CiteAsAsync("/cite/2026-02-05/china/p9")).Should().Equal($"<{permalink}>; rel=\"cite-as\"");
        (await CiteAsAsync("/api/cite/2026-02-05/china/p9")).Should().Equal($"<{permalink}>; rel=\"cite-as\"");
        (await CiteAsAsync("/cite/2018")).Should().Equal($"<{Absolute("/editions/2018")}>; rel=\"cite-as\"");
    }

    [Fact]
    public async Task A_404_and_a_redirect_name_no_permalink()
    {
        foreach (string url in new[] { "/editions/1999", "/api/editions/1999", "/editions/2016" })
        {
            using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
            ((int)response.StatusCode).Should().BeOneOf(302, 404);
            (response.Headers.TryGetValues("Link", out var values) ? values : []).Should().NotContain(v => v.Contains("cite-as", StringComparison.Ordinal), url);
        }
    }
}
