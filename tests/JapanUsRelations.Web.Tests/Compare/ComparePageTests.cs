using JapanUsRelations.Web.Pages.Shared;
using System.Net;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Compare;

[Collection(SiteCollection.Name)]
public class ComparePageTests(RunningSite site)
{
    [Fact]
    public async Task Pairing_scores_read_cleanly_when_one_side_is_an_untitled_lead()
    {
        var (_, page) = await site.Client.GetPageAsync("/compare/2016-03-11/2026-02-05");
        var scores = page.QuerySelectorAll("details.cmp-score").Select(p => p.TextContent.Trim()).ToList();
        scores.Should().NotBeEmpty("scores are tucked into a details element, not printed under each heading");
        scores.Should().NotContain(t => t.Contains("(,", StringComparison.Ordinal) || t.Contains("()", StringComparison.Ordinal));
        // The untitled 2016 lead against the 2026 Overview: no heading to compare, so only the texts count.
        scores.Should().Contain(t => t.Contains("Paired because the texts share 42 % of their words (score 0.42", StringComparison.Ordinal));
        scores.Should().Contain(t => t.Contains("topics agree", StringComparison.Ordinal), "Bilateral Economic Relations pairs with Economic and Trade Issues by subject");
        page.QuerySelectorAll("details.cmp-score > summary").Select(x => x.TextContent).Should().OnlyContain(x => x == "Why these sections are paired");
    }

    private const string Focus = "/compare/2024-11-05/2026-02-05";

    [Fact]
    public async Task What_changed_comes_first_with_the_troop_figure_linked_to_both_sentences_and_each_entry_names_its_kinds()
    {
        var (_, page) = await site.Client.GetPageAsync(Focus);

        var digest = page.QuerySelector("section.cmp-digest")!;
        page.QuerySelectorAll("main h2").First().Id.Should().Be("what-changed", "what changed is the first thing a reader sees");
        var troops = digest.QuerySelectorAll(".cmp-facts li").Single(li => li.TextContent.Contains("U.S. troops based in Japan", StringComparison.Ordinal));
        troops.QuerySelector("del")!.TextContent.Should().Be("over 50,000");
        troops.QuerySelector("ins")!.TextContent.Should().Be("around 60,000");
        troops.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Equal("/editions/2024-11-05/overview#p1", "/editions/2026-02-05/overview#p1");
        digest.QuerySelector(".cmp-kinds")!.TextContent.Should().Contain("numbers or dates updated").And.Contain("sentences added");

        var overview = page.GetElementById("n-p1")!;
        overview.QuerySelectorAll(".cmp-kind").Select(k => k.TextContent).Should().Contain("1 number or date updated");
        var troopMark = overview.QuerySelectorAll(".cmp-new ins").Single(i => i.TextContent == "around 60,000");
        (troopMark.GetAttribute("data-kind"), troopMark.GetAttribute("title")).Should().Be(("numberordate", "number or date updated"), "each change carries its kind");
        overview.QuerySelectorAll(".cmp-old del").Single(d => d.TextContent == "numbering over 50,000").GetAttribute("data-kind").Should().Be("numberordate");
        overview.QuerySelectorAll(".cmp-new ins").Single(i => i.TextContent == "has focused").GetAttribute("data-kind").Should().Be("rewording");
        overview.QuerySelector(".cmp-sim")!.TextContent.Should().MatchRegex("^[0-9]{1,2}\u00A0% of words kept$");
        var politics = page.GetElementById("n-p5")!;
        politics.QuerySelector(".cmp-sim")!.TextContent.Should().Be("rewritten: old and new shown whole");
        politics.QuerySelector(".cmp-shared")!.TextContent.Should().Contain("“Liberal Democratic Party's (LDP's)”");
        var figure = page.GetElementById("n-t1")!;
        figure.QuerySelector(".cmp-table-meta")!.TextContent.Should().Contain("Caption (changed):").And.Contain("Rows reordered: Canada from row 1 to row 2");
        figure.QuerySelector(".cmp-table-meta del")!.TextContent.Should().Be("2023");
    }

    [Fact]
    public async Task In_focus_2024_to_2026_shows_aligned_sections_in_the_newer_reading_order_with_the_dropped_one_in_place()
    {
        var (status, page) = await site.Client.GetPageAsync(Focus);

        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll("section.cmp-section").Select(s => s.Id).Should().Equal(
            "overview", "japans-political-situation", "the-us-japan-military-alliance", "japan-strengthens-its-defense-posture",
            "regional-relations", "china", "south-korea", "russia-and-ukraine", "economic-and-trade-issues");
        page.GetElementById("russia-and-ukraine")!.QuerySelector(".badge")!.TextContent.Should().Be("− removed", "a symbol as well as a colour");
        page.GetElementById("regional-relations")!.QuerySelector(".badge")!.TextContent.Should().Be("↓ subsections changed", "its own text did not change, its subsections did");
        page.GetElementById("japan-strengthens-its-defense-posture")!.QuerySelector(".cmp-old a")!.TextContent.Should().Be("Japan Expands Its Defense Posture");
        page.QuerySelector("link[rel=alternate][type='application/json']")!.GetAttribute("href").Should().Be("/api" + Focus);
    }

    [Fact]
    public async Task Word_changes_are_marked_with_del_and_ins_and_each_change_has_its_own_link()
    {
        var (_, page) = await site.Client.GetPageAsync(Focus);

        var first = page.GetElementById("n-p1")!;
        first.QuerySelector(".cmp-old")!.QuerySelectorAll("del").Select(d => d.TextContent).Should().Contain("numbering over 50,000", "a figure is one token");
        first.QuerySelector(".cmp-new")!.QuerySelectorAll("ins").Select(d => d.TextContent).Should().Contain("around 60,000");
        first.QuerySelector(".cmp-status")!.TextContent.Should().Be("Reworded");
        first.QuerySelector("a.cmp-link")!.GetAttribute("href").Should().Be("#n-p1");
        first.QuerySelector(".cmp-new a.permalink")!.GetAttribute("href").Should().Be("/editions/2026-02-05/overview#p1");
        page.GetElementById("o-p9")!.QuerySelector(".cmp-status")!.TextContent.Should().Be("Removed", "the Russia and Ukraine paragraph");
    }

    [Fact]
    public async Task The_trade_figure_is_compared_cell_by_cell()
    {
        var (_, page) = await site.Client.GetPageAsync(Focus);

        var japan = page.GetElementById("n-t1")!.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "Japan");
        japan.QuerySelectorAll("td").Select(td => td.QuerySelector("del")!.TextContent + ">" + td.QuerySelector("ins")!.TextContent)
            .Should().Equal("187>192", "120>129");
    }

    [Fact]
    public async Task Typography_only_differences_are_plain_by_default_and_marked_when_asked()
    {
        var (_, plain) = await site.Client.GetPageAsync(Focus);
        var (_, shown) = await site.Client.GetPageAsync(Focus + "?typography=show");

        // The 2024 edition's curly quotes all stand in paragraphs the 2026 edition rewrote (shown whole), so no
        // typography-only mark is left on this pair; DiffMarkupTests check the marking itself.
        plain.QuerySelectorAll(".typo").Should().BeEmpty();
        shown.QuerySelector(".cmp-controls a[href$='" + Focus + "']").Should().NotBeNull("the page offers to hide them again");
        plain.QuerySelector(".cmp-controls a[href$='typography=show']").Should().NotBeNull();
    }

    [Fact]
    public async Task Swapped_order_works_and_says_the_left_side_is_the_newer_one()
    {
        var (status, page) = await site.Client.GetPageAsync("/compare/2026-02-05/2024-11-05");

        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelector(".cmp-notice")!.TextContent.Should().Contain("runs backwards").And.Contain("February 5, 2026");
        page.QuerySelector(".lead")!.TextContent.Should().Contain("February 5, 2026 — CRS In Focus (newer)");
        page.GetElementById("russia-and-ukraine")!.QuerySelector(".badge")!.TextContent.Should().Be("+ added");
    }

    [Fact]
    public async Task Changes_only_view_collapses_unchanged_stretches()
    {
        var (_, page) = await site.Client.GetPageAsync("/compare/2026-02-05/2026-02-05?view=changes");

        page.QuerySelectorAll(".cmp-row").Should().BeEmpty();
        page.QuerySelectorAll(".cmp-collapsed").Select(p => p.TextContent).Should().Contain(t => t.StartsWith("4 unchanged paragraphs hidden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Section_pages_link_to_the_comparison_landing_on_the_same_section()
    {
        var (_, older) = await site.Client.GetPageAsync("/editions/2024-11-05/japan-expands-its-defense-posture");
        var (_, newer) = await site.Client.GetPageAsync("/editions/2026-02-05/japan-strengthens-its-defense-posture");

        older.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(Focus + "#japan-expands-its-defense-posture");
        newer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(Focus + "#japan-strengthens-its-defense-posture");
        var (_, compare) = await site.Client.GetPageAsync(Focus);
        compare.GetElementById("japan-expands-its-defense-posture")!.ParentElement!.Id.Should().Be("japan-strengthens-its-defense-posture");
    }

    [Fact]
    public async Task Unknown_ids_answer_404_naming_them_and_year_ids_redirect()
    {
        var (status, page) = await site.Client.GetPageAsync("/compare/2019/2026-02-05");
        status.Should().Be(HttpStatusCode.NotFound);
        page.Body!.TextContent.Should().Contain("2019");

        using var response = await site.Client.GetAsync(new Uri("/compare/2018/2026", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/compare/2018/2026-02-05");
    }

    [Fact]
    public async Task The_chooser_is_a_get_form_that_goes_to_the_chosen_pair()
    {
        var (status, page) = await site.Client.GetPageAsync("/compare");
        status.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("form.cmp-chooser")!.GetAttribute("method").Should().Be("get");
        page.QuerySelectorAll("select[name=a] option").Should().HaveCount(5);
        page.QuerySelectorAll("main ul a").Select(a => a.GetAttribute("href")).Should().StartWith(Focus);

        using var response = await site.Client.GetAsync(new Uri("/compare?a=2016-03-11&b=2026-02-05", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/compare/2016-03-11/2026-02-05");
        var (_, bad) = await site.Client.GetPageAsync("/compare?a=nope&b=2018");
        bad.QuerySelector("[role=alert]")!.TextContent.Should().Contain("nope");
    }

    [Fact]
    public async Task The_editions_list_shows_how_much_each_edition_changed_since_the_previous_one()
    {
        var (_, page) = await site.Client.GetPageAsync("/editions");

        page.QuerySelectorAll("a").Where(a => a.GetAttribute("href") == Focus).Select(a => a.TextContent)
            .Should().ContainSingle().Which.Should().MatchRegex("^8[0-9] ?% changed", "rewritten paragraphs count every word they show");
    }
}
