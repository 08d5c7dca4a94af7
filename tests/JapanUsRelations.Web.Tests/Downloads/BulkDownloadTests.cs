using System.Net;
using System.Security.Cryptography;
using JapanUsRelations.Web.Outputs.Downloads;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Downloads;

/// <summary>
/// <c>/downloads/editions.csv</c> and <c>/downloads/facts.csv</c> over the real seeds (issue 16). Expectations read
/// from the seeds and manifest: five editions (four dated reports, the undated encyclopedia article); the 2026-02-05
/// IF10199 edition's previous is 2024-11-05; its Overview states "U.S. troops—currently around 60,000".
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class BulkDownloadTests(RunningSite site)
{
    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Editions_csv_has_one_row_per_edition_with_its_source_fingerprint_and_change()
    {
        var (response, body) = await GetAsync(site.Client, "/downloads/editions.csv");
        using (response)
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
            response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("editions.csv");
        }

        Csv.Parse(body)[0].Should().Equal("id", "report", "title", "date", "publisher", "source_file", "source_sha256", "words", "previous", "percent_changed_since_previous");
        var rows = Csv.Records(body);
        rows.Select(r => r["source_file"]).Should().BeEquivalentTo(Directory.GetFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).Where(f => f != "manifest.json"));
        foreach (var row in rows)
        {
            byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Seeds, row["source_file"]));
            row["source_sha256"].Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)), row["source_file"]);
            int tokens = System.Text.Encoding.UTF8.GetString(bytes).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            int.Parse(row["words"], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(tokens / 2, tokens, "the body's words, masthead aside");
        }

        var latest = rows.Single(r => r["id"] == "2026-02-05");
        latest["report"].Should().Be("IF10199");
        latest["title"].Should().Be("U.S.-Japan Relations");
        latest["date"].Should().Be("2026-02-05");
        latest["publisher"].Should().Be("Congressional Research Service");
        latest["previous"].Should().Be("2024-11-05");
        double.Parse(latest["percent_changed_since_previous"], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 100);
        var first = rows.Single(r => r["id"] == "2024-11-05");
        (first["previous"], first["percent_changed_since_previous"]).Should().Be(("", ""), "the report's first edition has nothing before it");
        rows.Single(r => r["source_file"] == "encyclopedia-japan-united-states-relations.txt")["date"].Should().BeEmpty("the article is undated");
    }

    [Fact]
    public async Task Facts_csv_has_one_row_per_fact_value_with_its_sentence_and_an_absolute_link()
    {
        var (response, body) = await GetAsync(site.Client, "/downloads/facts.csv");
        response.Dispose();
        Csv.Parse(body)[0].Should().Equal("kind", "edition", "value", "text", "unit", "qualifier", "quote", "url");
        var rows = Csv.Records(body);

        var troops = rows.Single(r => r["kind"] == "us-troops-in-japan" && r["edition"] == "2026-02-05");
        troops["text"].Should().Be("around 60,000");
        troops["value"].Should().Be("60000");
        troops["unit"].Should().Be("troops");
        troops["qualifier"].Should().Be("around");
        troops["quote"].Should().Contain("U.S. troops—currently around 60,000—and military assets").And.Contain(",", "a quoted field keeps its commas");
        troops["url"].Should().Be(site.BaseAddress.GetLeftPart(UriPartial.Authority) + "/editions/2026-02-05/overview#p1");
        rows.Where(r => r["kind"] == "us-troops-in-japan").Select(r => r["edition"]).Should().Contain(["2018", "2024-11-05", "2026-02-05"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1 and more", "'+1 and more")]
    [InlineData("-3", "-3")]
    [InlineData("plain, with comma", "\"plain, with comma\"")]
    public void A_field_a_spreadsheet_would_run_is_defused_and_commas_quoted(string value, string written) =>
        CsvTable.Field(value).Should().Be(written);

    [Theory]
    [InlineData("/editions", "/downloads/editions.csv")]
    [InlineData("/facts", "/downloads/facts.csv")]
    public async Task Pages_link_their_download(string page, string download)
    {
        var (status, document) = await site.Client.GetPageAsync(page);
        status.Should().Be(HttpStatusCode.OK);
        document.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")).Should().Contain(download);
    }
}
