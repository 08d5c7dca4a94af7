using System.Net;
using System.Text.Json;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Editions;

[Collection(SiteCollection.Name)]
public class EditionJsonTwinTests(RunningSite site)
{
    private EditionCatalog Catalog => site.Services.Snapshot().Editions;

    [Fact]
    public async Task Editions_twin_is_a_page_of_report_editions_with_the_documented_fields_and_the_references()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/editions");
        status.Should().Be(HttpStatusCode.OK);
        json.ValueKind.Should().Be(JsonValueKind.Object);
        json.GetProperty("page").GetInt32().Should().Be(1);
        json.GetProperty("pageSize").GetInt32().Should().Be(25);
        json.GetProperty("total").GetInt32().Should().Be(4, "the seeds hold four report editions");
        json.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("prev").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("id").GetString())
            .Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05");
        json.GetProperty("references").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal("japan-united-states-relations");
        var newest = json.GetProperty("editions").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "2026-02-05");
        newest.GetProperty("title").GetString().Should().Be("U.S.-Japan Relations");
        newest.GetProperty("publisher").GetString().Should().Be("Congressional Research Service");
        newest.GetProperty("published").GetString().Should().Be("2026-02-05");
        newest.GetProperty("sourceFile").GetString().Should().Be("2026-02-05-crs-in-focus-if10199.txt");
        newest.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString())
            .Should().Equal("Mark E. Manyin", "Cathleen D. Cimino-Isaacs", "Kyla H. Kitamura", "Daniel J. Longo");
    }

    [Fact]
    public async Task Every_edition_twin_matches_its_page_section_by_section_and_paragraph_by_paragraph()
    {
        foreach (var edition in Catalog.All)
        {
            var (_, page) = await site.Client.GetPageAsync(Urls.Edition(edition.Id));
            var (status, json) = await site.Client.GetJsonAsync(Urls.Api(Urls.Edition(edition.Id)));
            status.Should().Be(HttpStatusCode.OK);
            page.QuerySelector("link[rel=alternate][type='application/json']")!.GetAttribute("href").Should().Be(Urls.Api(Urls.Edition(edition.Id)));

            var sections = Flatten(json.GetProperty("sections")).ToList();
            sections.Select(s => s.GetProperty("slug").GetString()).Should().Equal(edition.AllSections().Select(s => s.Slug));
            foreach (var section in sections)
            {
                section.GetProperty("url").GetString().Should().Be(Urls.Section(edition.Id, section.GetProperty("slug").GetString()!));
                foreach (var paragraph in section.GetProperty("paragraphs").EnumerateArray())
                {
                    var element = page.GetElementById(paragraph.GetProperty("anchor").GetString()!);
                    element.Should().NotBeNull();
                    element!.TextContent.Should().StartWith(paragraph.GetProperty("text").GetString());
                }
            }
        }
    }

    [Fact]
    public async Task Lead_section_heading_is_null_in_json()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/editions/2018");
        var lead = json.GetProperty("sections")[0];
        lead.GetProperty("heading").ValueKind.Should().Be(JsonValueKind.Null);
        lead.GetProperty("paragraphs").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public async Task Unknown_edition_twin_answers_404_json_listing_what_exists()
    {
        var (status, json) = await site.Client.GetJsonAsync("/api/editions/1999");
        status.Should().Be(HttpStatusCode.NotFound);
        json.GetProperty("asked").GetString().Should().Contain("1999");
        json.GetProperty("available").GetArrayLength().Should().Be(5);
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement sections)
    {
        foreach (var section in sections.EnumerateArray())
        {
            yield return section;
            foreach (var child in Flatten(section.GetProperty("sections")))
            {
                yield return child;
            }
        }
    }
}
