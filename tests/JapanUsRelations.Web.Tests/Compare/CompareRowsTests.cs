using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JapanUsRelations.Web.Tests.Compare;

/// <summary>The changes-only window, laid out by the model (not the view) on a real comparison.</summary>
[Collection(SiteCollection.Name)]
public class CompareRowsTests(RunningSite site)
{
    private ComparisonView View => new ComparisonService(site.Services.Snapshot(), site.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()).Find("2024-11-05", "2026-02-05")!;

    [Fact]
    public void Changes_only_keeps_each_change_with_one_entry_either_side_and_counts_the_rest_hidden()
    {
        foreach (var section in View.Comparison.Sections)
        {
            var rows = CompareRows.Of(View, section, "changes", showTypography: false);
            var entries = section.Blocks.Select(b => new EntryView(View, b, "changes", false)).ToList();
            var shown = rows.Where(r => r.Entry is not null).Select(r => section.Blocks.ToList().IndexOf(r.Entry!.Block)).ToList();
            rows.Sum(r => r.Hidden).Should().Be(entries.Count - shown.Count, "every entry is shown or counted hidden");
            shown.Should().BeInAscendingOrder();
            shown.Where(i => !entries.Skip(Math.Max(0, i - 1)).Take(i == 0 ? 2 : 3).Any(e => e.IsChange)).Should().BeEmpty("a shown entry is a change or next to one");
            entries.Select((e, i) => (e, i)).Where(x => x.e.IsChange).Select(x => x.i).Should().BeSubsetOf(shown, "no change is hidden");
            rows.Count(r => r.Departure is not null).Should().Be(section.MovedAway.Count, "every departure has its row");
            rows.Zip(rows.Skip(1)).Should().NotContain(p => p.First.Hidden > 0 && p.Second.Hidden > 0, "hidden runs are merged");
        }
    }

    [Fact]
    public void An_edition_compared_with_itself_shows_nothing_but_hidden_runs_in_changes_only()
    {
        var same = new ComparisonService(site.Services.Snapshot(), site.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()).Find("2018", "2018")!;
        foreach (var section in same.Comparison.Sections.Where(s => s.Blocks.Count > 0))
        {
            CompareRows.Of(same, section, "changes", showTypography: false).Should().ContainSingle()
                .Which.Hidden.Should().Be(section.Blocks.Count, "one run of every unchanged entry");
        }
    }

    [Fact]
    public void Side_by_side_shows_every_entry_and_hides_none()
    {
        foreach (var section in View.Comparison.Sections)
        {
            var rows = CompareRows.Of(View, section, "side", showTypography: false);
            rows.Where(r => r.Entry is not null).Select(r => r.Entry!.Block).Should().Equal(section.Blocks);
            rows.Where(r => r.Hidden != 0).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_paired_section_score_names_its_parts()
    {
        var paired = View.Comparison.Sections.First(s => s.HeadingSimilarity is not null && s.ContentSimilarity is not null);
        CompareRows.Score(paired).Should().MatchRegex(@"^\d\.\d\d \(heading \d\.\d\d, content \d\.\d\d\)$");
    }
}
