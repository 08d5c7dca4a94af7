using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Exports;

/// <summary>
/// <c>/compare/2024-11-05/2026-02-05/export</c> as HTML and Markdown (issue 16). Expectations read from the seeds:
/// the Overview's troop sentence goes from "U.S. troops—currently numbering over 50,000—and military assets" to
/// "U.S. troops—currently around 60,000—and military assets"; the sources are 2024-11-05-crs-in-focus-if10199.md
/// and 2026-02-05-crs-in-focus-if10199.txt.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class ComparisonExportTests(RunningSite site)
{
    private const string Path = "/compare/2024-11-05/2026-02-05/export";
    private const string OldTroops = "U.S. troops—currently numbering over 50,000—and military assets";
    private const string NewTroops = "U.S. troops—currently around 60,000—and military assets";

    [Fact]
    public async Task Html_export_is_one_standalone_download_with_both_editions_the_summary_and_marked_changes()
    {
        using var response = await site.Client.GetAsync(new Uri(Path + "?format=html", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.Should().Be("comparison-2024-11-05-to-2026-02-05.html");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        document.QuerySelectorAll("script").Should().BeEmpty();
        document.QuerySelectorAll("link[rel=stylesheet]").Should().BeEmpty("styles are inline: the file stands alone");
        document.QuerySelector("head style")!.TextContent.Should().Contain("del{").And.Contain("ins{");
        document.QuerySelector("h1")!.TextContent.Should().Be("What changed from November 5, 2024 to February 5, 2026");
        string origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);
        var hrefs = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        hrefs.Should().Contain([origin + "/editions/2024-11-05", origin + "/editions/2026-02-05", origin + "/compare/2024-11-05/2026-02-05"]);
        hrefs.Should().OnlyContain(h => h.StartsWith(origin + "/", StringComparison.Ordinal), "links in a file are absolute");
        string header = document.QuerySelector("header")!.TextContent;
        header.Should().Contain("2024-11-05-crs-in-focus-if10199.md").And.Contain("2026-02-05-crs-in-focus-if10199.txt")
            .And.Contain("What changed from November 5, 2024 to February 5, 2026:");

        DiffSides.Of(document, newer: false).Should().Contain(t => t.Contains(OldTroops));
        DiffSides.Of(document, newer: true).Should().Contain(t => t.Contains(NewTroops));
        var troops = document.QuerySelectorAll("p:has(ins)").First(p => p.TextContent.Contains("military assets", StringComparison.Ordinal));
        troops.PreviousElementSibling!.QuerySelector("a")!.GetAttribute("href").Should().StartWith(origin + "/editions/2026-02-05/").And.Contain("#p");
        document.QuerySelectorAll("h2").Select(h => h.TextContent).Should().Contain("Overview");
    }

    [Fact]
    public async Task Markdown_export_is_critic_markup_whose_accepted_changes_give_the_newer_text()
    {
        using var response = await site.Client.GetAsync(new Uri(Path + "?format=markdown", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("comparison-2024-11-05-to-2026-02-05.md");
        string md = await response.Content.ReadAsStringAsync();

        md.Should().StartWith("# What changed from November 5, 2024 to February 5, 2026\n");
        md.Should().Contain("From: [November 5, 2024 — CRS In Focus](").And.Contain("To: [February 5, 2026 — CRS In Focus](");
        md.Should().Contain("\n## Overview\n");
        md.Should().Contain("{~~").And.Contain("~>");
        var paragraph = md.Split('\n').Single(l => l.Contains("military assets", StringComparison.Ordinal) && l.Contains('{', StringComparison.Ordinal));
        Accept(paragraph).Should().Contain(NewTroops);
        Reject(paragraph).Should().Contain(OldTroops);
        Accept(md).Should().NotContain("{++").And.NotContain("{--").And.NotContain("{~~", "every marker is closed");
    }

    [Theory]
    [InlineData(Path + "?format=pdf", "format=markdown")]
    [InlineData("/compare/2024-11-05/2031/export?format=html", "/editions/2026-02-05")]
    public async Task Unknown_format_or_edition_answers_a_helpful_404(string path, string listed)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain(listed);
    }

    [Fact]
    public async Task Comparison_page_links_its_exports_and_a_print_stylesheet()
    {
        var (status, page) = await site.Client.GetPageAsync("/compare/2024-11-05/2026-02-05");
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")).Should().Equal(Path + "?format=html", Path + "?format=markdown");
        page.QuerySelectorAll("link[rel=stylesheet][media=print]").Select(l => l.GetAttribute("href")!).Should().ContainSingle(h => h.StartsWith("/css/compare-print.css", StringComparison.Ordinal));
    }

    private static string Accept(string md) => Unescape(Substitution().Replace(Deletion().Replace(Insertion().Replace(md, "$1"), ""), "$2"));

    private static string Reject(string md) => Unescape(Substitution().Replace(Deletion().Replace(Insertion().Replace(md, ""), "$1"), "$1"));

    private static string Unescape(string md) => Escaped().Replace(md, "$1");

    [GeneratedRegex(@"\{\+\+(.*?)\+\+\}", RegexOptions.Singleline)]
    private static partial Regex Insertion();

    [GeneratedRegex(@"\{--(.*?)--\}", RegexOptions.Singleline)]
    private static partial Regex Deletion();

    [GeneratedRegex(@"\{~~(.*?)~>(.*?)~~\}", RegexOptions.Singleline)]
    private static partial Regex Substitution();

    [GeneratedRegex(@"\\([\\`*_{}\[\]<>#|~])")]
    private static partial Regex Escaped();
}
