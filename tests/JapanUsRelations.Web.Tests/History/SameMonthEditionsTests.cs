using System.Net;
using System.Text;
using System.Text.Json;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.History;

/// <summary>
/// Two editions of one report in one month (CRS updates a product twice in a month at times) are never named the
/// same way. The site over three editions of IF10199 written from the real 2024 seed's text (<see cref="SameMonthSite"/>):
/// May 14, 2027 (the seed's text as it is), July 3, 2027 (Overview ¶1's first sentence reworded: "is an important
/// U.S. partner" → "remains a key U.S. partner", 18 of its 21 words kept each side, 36/42) and July 24, 2027 (the
/// July 3 text without its "Russia and Ukraine" paragraph, p9). The May edition, alone in its month, is "May 2027" in
/// every history line; the two July editions are "July 3, 2027" and "July 24, 2027" in the history line, the sentence
/// line, the section history's column headings and the forward notice. Twin fields keep ids and ISO dates.
/// </summary>
public sealed class SameMonthEditionsTests(SameMonthEditionsTests.SameMonthSite fixture) : IClassFixture<SameMonthEditionsTests.SameMonthSite>
{
    private const string May = "2027-05-14";
    private const string EarlyJuly = "2027-07-03";
    private const string LateJuly = "2027-07-24";

    private HttpClient Client => fixture.Site.Client;

    [Fact]
    public async Task A_paragraph_removed_in_the_second_edition_of_a_month_names_both_editions_of_that_month_by_their_days()
    {
        var (status, json) = await Client.GetJsonAsync($"/api/editions/{EarlyJuly}/russia-and-ukraine");
        status.Should().Be(HttpStatusCode.OK);
        var p9 = Paragraph(json, "p9");
        p9.GetProperty("history").GetString().Should().Be(
            "First in May 2027; unchanged through July 3, 2027; removed July 24, 2027, not in the latest edition — see the change",
            "not \"unchanged through July 2027; removed July 2027\": a reader could not tell the two July editions apart");
        p9.GetProperty("firstSeen").GetString().Should().Be(May, "twin fields keep edition ids");
        p9.GetProperty("lastSeen").GetString().Should().Be(EarlyJuly);
        p9.GetProperty("latest").GetProperty("removedIn").GetString().Should().Be(LateJuly);

        var (_, page) = await Client.GetPageAsync($"/editions/{EarlyJuly}/russia-and-ukraine");
        var latest = page.QuerySelector("#history-p9 .para-latest")!;
        latest.TextContent.Should().Be("removed July 24, 2027, not in the latest edition — see the change");
        latest.QuerySelector("a")!.GetAttribute("href").Should().Be($"/compare/{EarlyJuly}/{LateJuly}#o-p9", "the link's target is unchanged");
    }

    [Fact]
    public async Task A_paragraph_of_the_edition_alone_in_its_month_keeps_month_and_year_for_it_and_days_for_the_july_editions()
    {
        var (_, json) = await Client.GetJsonAsync($"/api/editions/{May}/overview");
        Paragraph(json, "p1").GetProperty("history").GetString().Should().Be(
            "First in May 2027; reworded July 3, 2027 — see the change; in the latest edition (July 24, 2027): reworded — read it there");

        var (_, page) = await Client.GetPageAsync($"/editions/{May}/overview");
        page.QuerySelectorAll("#history-p1 a").Select(a => a.GetAttribute("href")).Should().Equal(
            $"/compare/{May}/{EarlyJuly}#n-p1", $"/editions/{LateJuly}/overview#p1");
    }

    [Fact]
    public async Task The_sentence_lines_and_their_counterparts_name_the_two_july_editions_by_their_days()
    {
        string cite = $"/cite/{EarlyJuly}/overview/p1";
        var (status, json) = await Client.GetJsonAsync("/api" + cite);
        status.Should().Be(HttpStatusCode.OK);
        var sentences = json.GetProperty("sentences").EnumerateArray().ToList();
        sentences[0].GetProperty("text").GetString().Should().Be("Japan, a U.S. treaty ally since 1952, remains a key U.S. partner in several foreign policy areas, particularly security and trade.");
        sentences[0].GetProperty("history").GetString().Should().Be(
            "This sentence first appears in May 2027; reworded on July 3, 2027, 85\u00A0% of words kept — see the change; " +
            "in the latest edition (July 24, 2027): unchanged — read it there");
        sentences[1].GetProperty("history").GetString().Should().Be(
            "This sentence first appears in May 2027; unchanged through July 24, 2027; in the latest edition (July 24, 2027): unchanged — read it there");
        sentences[0].GetProperty("changes")[0].GetProperty("edition").GetString().Should().Be(EarlyJuly);

        var (_, page) = await Client.GetPageAsync(cite);
        var links = page.QuerySelector($"#{sentences[0].GetProperty("id").GetString()} .sentence-links")!;
        links.QuerySelector("li.sentence-earlier")!.TextContent.Should().StartWith("In the edition before (May 2027): sentence 1 of its paragraph, reworded, 85\u00A0% of words kept");
        links.QuerySelector("li.sentence-later")!.TextContent.Should().Be("In the edition after (July 24, 2027): sentence 1 of its paragraph, the same.");
    }

    [Fact]
    public async Task The_section_history_heads_its_columns_with_days_and_the_twin_keeps_iso_dates()
    {
        var (_, page) = await Client.GetPageAsync($"/editions/{EarlyJuly}/overview/history");
        page.QuerySelectorAll(".hist-column h2").Select(h => h.TextContent).Should().Equal(
            "May 14, 2027 CRS In Focus IF10199", "July 3, 2027 CRS In Focus IF10199", "July 24, 2027 CRS In Focus IF10199");
        page.QuerySelector("p.lead")!.TextContent.Should().StartWith("This section of the July 3, 2027 edition,");

        var (_, json) = await Client.GetJsonAsync($"/api/editions/{EarlyJuly}/overview/history");
        json.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("edition").GetProperty("published").GetString()).Should().Equal(May, EarlyJuly, LateJuly);
    }

    [Fact]
    public async Task The_forward_notice_names_the_edition_read_and_the_latest_by_their_days()
    {
        var (_, page) = await Client.GetPageAsync($"/editions/{EarlyJuly}/russia-and-ukraine");
        page.QuerySelector(".forward-notice p")!.TextContent.Should().Be(
            "You are reading the July 3, 2027 edition. In the latest edition (July 24, 2027), this section was removed — see it go.");

        var (_, json) = await Client.GetJsonAsync($"/api/editions/{EarlyJuly}/russia-and-ukraine");
        var latest = json.GetProperty("latest");
        latest.GetProperty("edition").GetString().Should().Be(LateJuly);
        latest.GetProperty("date").GetString().Should().Be("July 24, 2027");
        latest.GetProperty("removedIn").GetString().Should().Be(LateJuly);

        var (_, cite) = await Client.GetPageAsync($"/cite/{EarlyJuly}/russia-and-ukraine/p9");
        cite.QuerySelector(".forward-notice p")!.TextContent.Should().Be(
            "This paragraph is cited from the July 3, 2027 edition. Removed July 24, 2027, not in the latest edition — see the change.");
    }

    private static JsonElement Paragraph(JsonElement sectionPage, string anchor) =>
        sectionPage.GetProperty("section").GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("anchor").GetString() == anchor);

    /// <summary>Three editions of IF10199 adapted from the real 2024 seed: May 14, July 3 and July 24, 2027.</summary>
    public sealed class SameMonthSite : FolderSite
    {
        private const string Sentence = "Japan, a U.S. treaty ally since 1952, is an important U.S. partner in several foreign policy areas, particularly security and trade.";
        private const string Reworded = "Japan, a U.S. treaty ally since 1952, remains a key U.S. partner in several foreign policy areas, particularly security and trade.";

        /// <inheritdoc />
        protected override void Fill(string folder)
        {
            string seed = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "2024-11-05-crs-in-focus-if10199.md"));
            string russia = seed.Split('\n').Single(l => l.StartsWith("**Russia and Ukraine.**", StringComparison.Ordinal)) + "\n\n";
            Contains(seed, "Updated November 5, 2024");
            Contains(seed, Sentence);
            Contains(seed, russia);
            string may = seed.Replace("Updated November 5, 2024", "Updated May 14, 2027", StringComparison.Ordinal);
            string early = seed.Replace("Updated November 5, 2024", "Updated July 3, 2027", StringComparison.Ordinal).Replace(Sentence, Reworded, StringComparison.Ordinal);
            string late = early.Replace("Updated July 3, 2027", "Updated July 24, 2027", StringComparison.Ordinal).Replace(russia, "", StringComparison.Ordinal);
            var manifest = new StringBuilder("{ \"editions\": [\n");
            foreach (var (date, text) in new[] { (May, may), (EarlyJuly, early), (LateJuly, late) })
            {
                string file = $"{date}-crs-in-focus-if10199.md";
                File.WriteAllText(Path.Combine(folder, file), text, new UTF8Encoding(false));
                manifest.Append(date == May ? "" : ",\n").Append(
                    $"  {{ \"file\": \"{file}\", \"subject\": \"japan-us-relations\", \"series\": \"CRS In Focus\", \"reportNumber\": \"IF10199\", \"published\": \"{date}\", \"government\": true }}");
            }

            File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest.Append("\n] }\n").ToString(), new UTF8Encoding(false));
        }

        // The seed must still hold what the test edits (a changed seed fails here, not with a puzzling line).
        private static void Contains(string seed, string text)
        {
            if (seed.Split(text).Length != 2)
            {
                throw new InvalidOperationException($"the 2024 seed no longer holds “{text.Trim()}” exactly once");
            }
        }
    }
}
