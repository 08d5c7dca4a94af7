using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.SyntheticCorpus;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.History;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Citations;

/// <summary>
/// A sentence's history stays compact over a long history: in the scripted report of 50 editions (one a day from
/// January 1, 2030, so editions 1–31 fall in January and 32–50 in February, edition n ≥ 32 on February n − 31; each shares
/// its month with others, so lines name it by its day), the Outlook paragraph of edition n reads
/// "Observers expect the partnership to deepen. As of this edition, number n, no new agreement has been signed.":
/// its first sentence stands unchanged in all 50, its second is reworded in each of editions 2–50 (the number alone
/// differs: 11 of 12 words each side, 22/24 kept). The newest edition's cite page names the last three rewordings
/// and counts the 46 before; its twin lists the newest 20 of the 49 and counts them all.
/// </summary>
public sealed class ScriptedSentenceHistoryTests(ScriptedHistoryTests.ScriptedSite scripted) : IClassFixture<ScriptedHistoryTests.ScriptedSite>
{
    private static string E(int number) => ScriptedChain.EditionId(number);

    private (string Section, string Anchor) Outlook(int edition)
    {
        var found = scripted.Site.Services.Snapshot().Editions.Find(E(edition))!.AllBlocks()
            .Single(b => b.Block.Kind == BlockKind.Paragraph && b.Block.Text.StartsWith("Observers expect", StringComparison.Ordinal));
        return (found.Section.Slug, found.Block.Anchor);
    }

    private string OutlookCite(int edition) => Urls.Cite(E(edition), Outlook(edition).Section, Outlook(edition).Anchor);

    [Fact]
    public async Task A_sentence_reworded_in_49_editions_names_the_last_three_and_counts_the_rest()
    {
        string cite = OutlookCite(ScriptedChain.Editions);
        var (_, json) = await scripted.Site.Client.GetJsonAsync(Urls.Api(cite));
        var sentences = json.GetProperty("sentences").EnumerateArray().ToList();
        sentences.Select(s => s.GetProperty("text").GetString()).Should().Equal(
            "Observers expect the partnership to deepen.", "As of this edition, number 50, no new agreement has been signed.");

        var kept = sentences[0];
        kept.GetProperty("firstSeen").GetString().Should().Be(E(1));
        kept.GetProperty("changeCount").GetInt32().Should().Be(0);
        kept.GetProperty("history").GetString().Should().Be("This sentence first appears on January 1, 2030; unchanged through February 19, 2030");

        var counted = sentences[1];
        counted.GetProperty("firstSeen").GetString().Should().Be(E(1));
        counted.GetProperty("changeCount").GetInt32().Should().Be(ScriptedChain.Editions - 1);
        var changes = counted.GetProperty("changes").EnumerateArray().ToList();
        changes.Select(c => c.GetProperty("edition").GetString()).Should().Equal(Enumerable.Range(31, 20).Select(E), "the newest 20, oldest first");
        changes.Should().OnlyContain(c => c.GetProperty("relation").GetString() == "reworded" && c.GetProperty("share").GetDouble() == 0.917);
        changes[0].GetProperty("text").GetString().Should().Be("As of this edition, number 31, no new agreement has been signed.");
        string section = Outlook(ScriptedChain.Editions).Section;
        counted.GetProperty("history").GetString().Should().Be(
            "This sentence first appears on January 1, 2030; reworded in 46 editions up to February 16, 2030 — see the section's history; " +
            "reworded on February 17, 2030, 91\u00A0% of words kept — see the change; reworded on February 18, 2030, 91\u00A0% of words kept — see the change; " +
            "reworded on February 19, 2030, 91\u00A0% of words kept — see the change");
        var earlier = counted.GetProperty("lineage").EnumerateArray().Should().ContainSingle().Subject;
        earlier.GetProperty("url").GetString().Should().Be(Urls.Sentence(E(49), Outlook(49).Section, Outlook(49).Anchor, 2));
        earlier.GetProperty("text").GetString().Should().Be("As of this edition, number 49, no new agreement has been signed.");

        var (_, page) = await scripted.Site.Client.GetPageAsync(cite);
        var line = page.QuerySelector($"#{counted.GetProperty("id").GetString()} .sentence-line")!;
        line.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Equal(
            Urls.SectionHistory(E(50), section, changesOnly: true),
            Urls.Compare(E(47), E(48), "n-" + Outlook(48).Anchor),
            Urls.Compare(E(48), E(49), "n-" + Outlook(49).Anchor),
            Urls.Compare(E(49), E(50), "n-" + Outlook(50).Anchor));
    }

    [Fact]
    public async Task Asked_from_the_middle_the_kept_sentence_links_both_neighbours_and_the_latest_edition()
    {
        var (_, json) = await scripted.Site.Client.GetJsonAsync(Urls.Api(OutlookCite(25)));
        var kept = json.GetProperty("sentences")[0];
        kept.GetProperty("lineage").EnumerateArray().Select(l => (l.GetProperty("direction").GetString(), l.GetProperty("edition").GetString(), l.GetProperty("relation").GetString()))
            .Should().Equal(("earlier", E(24), "same"), ("later", E(26), "same"));
        var latest = kept.GetProperty("latest");
        latest.GetProperty("state").GetString().Should().Be("unchanged");
        latest.GetProperty("edition").GetString().Should().Be(E(50));
        latest.GetProperty("url").GetString().Should().EndWith("-s1");
        kept.GetProperty("history").GetString().Should().EndWith("in the latest edition (February 19, 2030): unchanged — read it there");
        json.GetProperty("sentences")[1].GetProperty("latest").GetProperty("state").GetString().Should().Be("reworded");
        json.GetProperty("sentences")[1].GetProperty("latest").GetProperty("text").GetString().Should().Be("As of this edition, number 50, no new agreement has been signed.");

        var (_, page) = await scripted.Site.Client.GetPageAsync(OutlookCite(25));
        var links = page.QuerySelector("#" + kept.GetProperty("id").GetString() + " .sentence-links")!;
        links.QuerySelector("li.sentence-earlier")!.TextContent.Should().Be("In the edition before (January 24, 2030): sentence 1 of its paragraph, the same.");
        links.QuerySelector("li.sentence-latest")!.TextContent.Should().Be("In the latest edition (February 19, 2030): sentence 1 of its paragraph, unchanged.");
    }
}
