using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Citations;

/// <summary>
/// Each sentence of a cited paragraph with its own history, on the cite page (a list under "Sentence by sentence",
/// each sentence with its own <c>#p1-s3</c> link) and in its twin (<c>sentences</c>). Golden values read from the
/// seeds: the 2026 Overview's first paragraph has seven sentences; its fifth ("Its investors are …") is not in
/// 2024's (whose fourth sentence held those words at its end, and stays paired with 2026's fourth); its second
/// rewords 2024's second (only "increasingly" dropped and "bilateral" added: 22 words of 23 in common each side,
/// 44/46); its sixth rewords 2024's fifth (the numbers shift by the new sentence); its third comes from the 2018
/// summary's second ("The U.S.-Japan military alliance, formed in 1952, grants …": 16 words in common out of
/// 26 + 31, 32/57) through 2024's third. 2024's seventh sentence (Kishida addressed Congress) is not in 2026; 2024
/// "Russia and Ukraine" is not in 2026 at all.
/// </summary>
[Collection(SiteCollection.Name)]
public class SentenceHistoryTests(RunningSite site)
{
    private const string Overview2026 = "/cite/2026-02-05/overview/p1";
    private const string Overview2024 = "/cite/2024-11-05/overview/p1";

    private static readonly string[] Overview2026Sentences =
    [
        "Japan, a U.S. treaty ally since 1952, is an important U.S. partner in security, trade, and other areas.",
        "Shared bilateral goals include meeting the challenge of an assertive People's Republic of China (PRC, or China) and countering threats from North Korea.",
        "The U.S.-Japan mutual defense treaty grants the United States the right to base U.S. troops—currently around 60,000—and military assets on Japan's territory in return for U.S. security guarantees.",
        "Japan is the sixth-largest U.S. trade partner and the top source of foreign direct investment into the United States.",
        "Its investors are the largest foreign holders of U.S. Treasury securities.",
        "The two countries also collaborate on science and technology, global health, and energy.",
        "Congressional oversight of U.S.-Japan relations has focused on alliance cooperation, particularly on how Japan and the United States coordinate their China strategies, and more recently on the impact of tariff actions.",
    ];

    private static JsonElement Sentence(JsonElement cite, int number) =>
        cite.GetProperty("sentences").EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == number);

    private static string? Str(JsonElement e, string name) => e.GetProperty(name).GetString();

    private static IHtmlElement Item(IHtmlDocument page, string id) => (IHtmlElement)page.GetElementById(id)!;

    [Fact]
    public async Task The_2026_overview_first_paragraph_lists_its_seven_sentences_as_the_source_writes_them_each_with_its_own_link()
    {
        var (status, json) = await site.Client.GetJsonAsync(Urls.Api(Overview2026));
        status.Should().Be(HttpStatusCode.OK);
        var sentences = json.GetProperty("sentences").EnumerateArray().ToList();
        sentences.Select(s => Str(s, "text")).Should().Equal(Overview2026Sentences);
        sentences.Select(s => s.GetProperty("number").GetInt32()).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        sentences.Select(s => Str(s, "id")).Should().Equal("p1-s1", "p1-s2", "p1-s3", "p1-s4", "p1-s5", "p1-s6", "p1-s7");
        Str(sentences[2], "url").Should().Be("/cite/2026-02-05/overview/p1#p1-s3");

        var (_, page) = await site.Client.GetPageAsync(Overview2026);
        var section = page.QuerySelector("section.sentence-history")!;
        section.QuerySelector("h2")!.TextContent.Should().Be("Sentence by sentence");
        section.GetAttribute("aria-labelledby").Should().Be(section.QuerySelector("h2")!.Id);
        var items = section.QuerySelectorAll("ol.sentences > li").ToList();
        items.Select(li => li.Id).Should().Equal(sentences.Select(s => Str(s, "id")));
        items.Select(li => li.QuerySelector(".sentence-words")!.TextContent).Should().Equal(Overview2026Sentences, "the page shows the source's words");
        items.Select(li => li.QuerySelector("a.sentence-number")!.GetAttribute("href")).Should().Equal(items.Select(li => "#" + li.Id));
        items[4].QuerySelector("a.sentence-number")!.TextContent.Should().Be("Sentence 5");
    }

    [Fact]
    public async Task A_sentence_new_in_2026_says_it_first_appears_there_and_has_no_earlier_counterpart()
    {
        var (_, json) = await site.Client.GetJsonAsync(Urls.Api(Overview2026));
        var fifth = Sentence(json, 5);
        Str(fifth, "firstSeen").Should().Be("2026-02-05");
        Str(fifth, "lastSeen").Should().Be("2026-02-05");
        fifth.GetProperty("lineage").GetArrayLength().Should().Be(0, "2024's paragraph has no sentence it rewords");
        fifth.GetProperty("changes").GetArrayLength().Should().Be(0);
        Str(fifth.GetProperty("latest"), "state").Should().Be("unchanged", "it is in the newest edition itself");
        Str(fifth, "history").Should().Be("This sentence first appears in February 2026");

        var (_, page) = await site.Client.GetPageAsync(Overview2026);
        Item(page, "p1-s5").QuerySelector(".sentence-line")!.TextContent.Should().Be("History of sentence 5: This sentence first appears in February 2026.");
        Item(page, "p1-s5").QuerySelector(".sentence-links").Should().BeNull("it has no counterpart to list");
    }

    [Fact]
    public async Task A_sentence_reworded_from_2024_names_its_2024_wording_and_the_share_kept()
    {
        var (_, json) = await site.Client.GetJsonAsync(Urls.Api(Overview2026));
        var second = Sentence(json, 2);
        Str(second, "firstSeen").Should().Be("2024-11-05");
        var earlier = second.GetProperty("lineage").EnumerateArray().Should().ContainSingle().Subject;
        Str(earlier, "direction").Should().Be("earlier");
        Str(earlier, "edition").Should().Be("2024-11-05");
        Str(earlier, "anchor").Should().Be("p1");
        earlier.GetProperty("sentence").GetInt32().Should().Be(2);
        Str(earlier, "url").Should().Be("/cite/2024-11-05/overview/p1#p1-s2");
        Str(earlier, "text").Should().Be("Shared goals include meeting the challenge of an increasingly assertive People's Republic of China (PRC or China) and countering threats from North Korea.");
        Str(earlier, "relation").Should().Be("reworded");
        earlier.GetProperty("share").GetDouble().Should().Be(0.957, "44 of 46 words");
        var change = second.GetProperty("changes").EnumerateArray().Should().ContainSingle().Subject;
        Str(change, "edition").Should().Be("2026-02-05");
        Str(change, "relation").Should().Be("reworded");
        change.GetProperty("share").GetDouble().Should().Be(0.957);
        Str(change, "change").Should().Be("/compare/2024-11-05/2026-02-05#n-p1");
        Str(second, "history").Should().Be("This sentence first appears in November 2024; reworded in February 2026, 95\u00A0% of words kept — see the change");

        var (_, page) = await site.Client.GetPageAsync(Overview2026);
        var item = Item(page, "p1-s2");
        item.QuerySelector(".sentence-line a")!.GetAttribute("href").Should().Be("/compare/2024-11-05/2026-02-05#n-p1");
        var before = item.QuerySelector(".sentence-links li.sentence-earlier")!;
        before.TextContent.Should().StartWith("In the edition before (November 2024): sentence 2 of its paragraph, reworded, 95\u00A0% of words kept:");
        before.QuerySelector("a")!.GetAttribute("href").Should().Be("/cite/2024-11-05/overview/p1#p1-s2");
        before.QuerySelector("q")!.TextContent.Should().Be(Str(earlier, "text"));
    }

    [Fact]
    public async Task Numbering_agrees_with_the_stored_links_the_2026_sixth_sentence_is_2024_s_fifth()
    {
        var (_, json) = await site.Client.GetJsonAsync(Urls.Api(Overview2026));
        var earlier = Sentence(json, 6).GetProperty("lineage").EnumerateArray().Should().ContainSingle().Subject;
        earlier.GetProperty("sentence").GetInt32().Should().Be(5);
        Str(earlier, "text").Should().Be("The two countries also collaborate bilaterally and multilaterally on science and technology, global health, energy, and climate change.");
        var fourth = Sentence(json, 4).GetProperty("lineage").EnumerateArray().Should().ContainSingle().Subject;
        fourth.GetProperty("sentence").GetInt32().Should().Be(4);
        Str(fourth, "text").Should().Be("Japan is the sixth-largest U.S. trade partner and a top source of foreign direct investment into the United States, and its investors are the largest foreign holders of U.S. Treasury securities.");

        var (_, older) = await site.Client.GetJsonAsync(Urls.Api(Overview2024));
        var later = Sentence(older, 5).GetProperty("lineage").EnumerateArray().Single(l => Str(l, "direction") == "later");
        later.GetProperty("sentence").GetInt32().Should().Be(6);
        Str(later, "url").Should().Be("/cite/2026-02-05/overview/p1#p1-s6");
    }

    [Fact]
    public async Task A_sentence_from_the_2018_summary_is_first_seen_there_and_reworded_in_2024_and_2026()
    {
        var (_, json) = await site.Client.GetJsonAsync(Urls.Api(Overview2026));
        var third = Sentence(json, 3);
        Str(third, "firstSeen").Should().Be("2018");
        var changes = third.GetProperty("changes").EnumerateArray().ToList();
        changes.Select(c => (Str(c, "edition"), Str(c, "relation"))).Should().Equal(("2024-11-05", "reworded"), ("2026-02-05", "reworded"));
        changes[0].GetProperty("share").GetDouble().Should().Be(0.561, "32 of 57 words");
        Str(changes[0], "text").Should().Be("The U.S.-Japan mutual defense treaty grants the United States the right to base U.S. troops—currently numbering over 50,000—and military assets on Japan's territory in return for U.S. security guarantees to Japan.");
        Str(changes[0], "change").Should().Be("/compare/2018/2024-11-05#n-p1");
        Str(third, "history").Should().StartWith("This sentence first appears in 2018; reworded in November 2024, 56\u00A0% of words kept — see the change; reworded in February 2026");

        var (_, older) = await site.Client.GetJsonAsync(Urls.Api(Overview2024));
        var from2018 = Sentence(older, 3).GetProperty("lineage").EnumerateArray().Single(l => Str(l, "direction") == "earlier");
        Str(from2018, "url").Should().Be("/cite/2018/introduction/p1#p1-s2");
        Str(from2018, "text").Should().Be("The U.S.-Japan military alliance, formed in 1952, grants the U.S. military the right to base U.S. troops—currently around 50,000 strong—and other military assets on Japanese territory.");
    }

    [Fact]
    public async Task A_2024_sentence_that_2026_dropped_from_its_paragraph_says_removed_in_february_2026()
    {
        var (_, json) = await site.Client.GetJsonAsync(Urls.Api(Overview2024));
        json.GetProperty("sentences").GetArrayLength().Should().Be(7);
        var seventh = Sentence(json, 7);
        Str(seventh, "text").Should().Be("In April 2024, then-prime minister Fumio Kishida addressed a Joint Meeting of Congress.");
        Str(seventh, "firstSeen").Should().Be("2024-11-05");
        Str(seventh, "lastSeen").Should().Be("2024-11-05");
        seventh.GetProperty("lineage").EnumerateArray().Should().NotContain(l => Str(l, "direction") == "later");
        var latest = seventh.GetProperty("latest");
        Str(latest, "state").Should().Be("removed");
        Str(latest, "removedIn").Should().Be("2026-02-05");
        latest.GetProperty("url").ValueKind.Should().Be(JsonValueKind.Null);
        var removal = seventh.GetProperty("changes").EnumerateArray().Should().ContainSingle().Subject;
        Str(removal, "relation").Should().Be("removed");
        removal.GetProperty("text").ValueKind.Should().Be(JsonValueKind.Null);
        Str(removal, "change").Should().Be("/compare/2024-11-05/2026-02-05#n-p1", "its paragraph stands on in 2026, reworded: the change is there");
        Str(seventh, "history").Should().Be("This sentence first appears in November 2024; removed in February 2026 — see the change");

        var first = Sentence(json, 1);
        Str(first.GetProperty("latest"), "state").Should().Be("reworded");
        Str(first.GetProperty("latest"), "url").Should().Be("/cite/2026-02-05/overview/p1#p1-s1");

        var (_, page) = await site.Client.GetPageAsync(Overview2024);
        Item(page, "p1-s7").QuerySelector(".sentence-line")!.TextContent.Should().Contain("removed in February 2026");
        Item(page, "p1-s1").QuerySelector(".sentence-line")!.TextContent.Should().Contain("in the latest edition (February 2026): reworded — read it there");
    }

    [Fact]
    public async Task The_sentences_of_a_paragraph_removed_with_its_section_say_removed_and_link_where_it_stood()
    {
        var (_, json) = await site.Client.GetJsonAsync("/api/cite/2024-11-05/russia-and-ukraine/p9");
        var sentences = json.GetProperty("sentences").EnumerateArray().ToList();
        sentences.Select(s => Str(s, "text")).Should().Equal(
            "Kishida’s government responded to Russia’s invasion of Ukraine forcefully, viewing Russia’s aggression as a threat to the international rules-based order, and drew potential parallels with PRC claims over Taiwan.",
            "Japan has adopted most of the sanctions and other penalties against Russia employed by the United States and Europe and provided humanitarian and material support for Ukraine despite Russia’s threats to curtail energy supplies.");
        sentences.Should().OnlyContain(s => Str(s.GetProperty("latest"), "state") == "removed" && Str(s.GetProperty("latest"), "removedIn") == "2026-02-05");
        sentences.Should().OnlyContain(s => Str(s.GetProperty("changes")[0], "change") == "/compare/2024-11-05/2026-02-05#o-p9");
    }

    [Fact]
    public async Task Only_a_paragraph_has_sentences_a_table_or_a_section_has_none()
    {
        var (_, table) = await site.Client.GetJsonAsync("/api/cite/2026-02-05/economic-and-trade-issues/t1");
        table.TryGetProperty("sentences", out _).Should().BeFalse();
        var (_, section) = await site.Client.GetJsonAsync("/api/cite/2026-02-05/overview");
        section.TryGetProperty("sentences", out _).Should().BeFalse();
        var (_, page) = await site.Client.GetPageAsync("/cite/2026-02-05/economic-and-trade-issues/t1");
        page.QuerySelector(".sentence-history").Should().BeNull();
    }

    [Fact]
    public async Task Every_paragraph_s_sentences_are_its_text_in_order_and_every_sentence_link_is_answered_by_a_link_back()
    {
        var twins = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        async Task<JsonElement> CiteTwin(string path)
        {
            if (!twins.TryGetValue(path, out var json))
            {
                (_, json) = await site.Client.GetJsonAsync(Urls.Api(path));
                twins[path] = json;
            }

            return json;
        }

        var catalog = site.Services.Snapshot().Editions;
        int links = 0;
        foreach (var edition in catalog.Reports)
        {
            foreach (var section in edition.AllSections())
            {
                foreach (var block in section.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
                {
                    var json = await CiteTwin(Urls.Cite(edition.Id, section.Slug, block.Anchor));
                    var sentences = json.GetProperty("sentences").EnumerateArray().ToList();
                    sentences.Select(s => s.GetProperty("number").GetInt32()).Should().Equal(Enumerable.Range(1, sentences.Count));
                    int at = 0;
                    foreach (var sentence in sentences)
                    {
                        string text = Str(sentence, "text")!;
                        int found = block.Text.IndexOf(text, at, StringComparison.Ordinal);
                        found.Should().BeGreaterThanOrEqualTo(0, $"{edition.Id} {block.Anchor}: “{text}” is the source's text, in order");
                        block.Text[at..found].Trim().Should().BeEmpty($"{edition.Id} {block.Anchor}: nothing of the text is left out before “{text}”");
                        at = found + text.Length;
                        catalog.Find(Str(sentence, "firstSeen")!)!.Published.Should().BeOnOrBefore(edition.Published!.Value);
                        catalog.Find(Str(sentence, "lastSeen")!)!.Published.Should().BeOnOrAfter(edition.Published!.Value);

                        foreach (var link in sentence.GetProperty("lineage").EnumerateArray())
                        {
                            links++;
                            string url = Str(link, "url")!;
                            var counterpart = await CiteTwin(url.Split('#')[0]);
                            var there = counterpart.GetProperty("sentences").EnumerateArray().Single(s => "#" + Str(s, "id") == "#" + url.Split('#')[1]);
                            there.GetProperty("number").GetInt32().Should().Be(link.GetProperty("sentence").GetInt32());
                            Str(there, "text").Should().Be(Str(link, "text"));
                            string back = Str(link, "direction") == "earlier" ? "later" : "earlier";
                            there.GetProperty("lineage").EnumerateArray().Should().Contain(l =>
                                Str(l, "url") == Str(sentence, "url") && Str(l, "direction") == back && Str(l, "relation") == Str(link, "relation")
                                && l.GetProperty("share").GetDouble() == link.GetProperty("share").GetDouble() && Str(l, "text") == text,
                                $"{Str(sentence, "url")} → {url} is linked back");
                        }
                    }

                    block.Text[at..].Trim().Should().BeEmpty($"{edition.Id} {block.Anchor}: nothing of the text is left out at its end");
                }
            }
        }

        links.Should().BeGreaterThan(30, "the 2018, 2024 and 2026 editions share many sentences");
    }
}
