using JapanUsRelations.Store;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>
/// Lineage on the real seeds. Golden values read from the seed files: 2026's Overview opens with the 2024 Overview's
/// first paragraph reworded ("an important U.S. partner in several foreign policy areas" → "in security, trade, and
/// other areas"; "over 50,000" → "around 60,000"); 2024's run-in head "Russia and Ukraine." has no counterpart in
/// 2026 (the word "Russia" does not occur in the 2026 seed); the 2018 summary's first paragraph ("Japan is a
/// significant partner … The U.S.-Japan military alliance, formed in 1952, grants the U.S. military the right to
/// base U.S. troops—currently around 50,000 strong") is the ancestor of 2024's Overview first paragraph ("Japan, a
/// U.S. treaty ally since 1952, … the right to base U.S. troops—currently numbering over 50,000").
/// </summary>
public class SeedLineageTests(SeedLineage seeds) : IClassFixture<SeedLineage>
{
    private LineageBook Lineage => seeds.Store.Lineage;

    [Fact]
    public void The_database_has_lineage_and_the_subject_timeline_runs_fact_sheet_summary_2024_2026()
    {
        Lineage.IsAvailable.Should().BeTrue();
        Lineage.TimelineThrough("2024-11-05").Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05");
        Lineage.Predecessor("2026-02-05").Should().Be("2024-11-05");
        Lineage.Predecessor("2016-03-11").Should().BeNull();
        Lineage.Successors("2018").Should().Equal("2024-11-05");
    }

    [Fact]
    public void The_2026_overview_opens_with_the_2024_overview_first_paragraph_reworded()
    {
        string anchor2026 = seeds.FirstAnchor("2026-02-05", "overview");
        string anchor2024 = seeds.FirstAnchor("2024-11-05", "overview");
        var lineage = Lineage.Passage("2026-02-05", anchor2026)!;

        var earlier = lineage.Lineage.Where(l => l.Direction == LinkDirection.Earlier).Should().ContainSingle().Subject;
        earlier.Counterpart.Should().Be(new PassagePlace("2024-11-05", "overview", anchor2024));
        earlier.Relation.Should().Be(PassageRelation.Reworded);
        earlier.Share.Should().BeInRange(0.3, 0.99);
        lineage.History.Single(s => s.EditionId == "2026-02-05").Relation.Should().Be(PassageRelation.Reworded);

        var from2024 = Lineage.Passage("2024-11-05", anchor2024)!;
        from2024.Latest.State.Should().Be(PassageState.Reworded);
        from2024.Latest.EditionId.Should().Be("2026-02-05");
        from2024.Latest.Anchor.Should().Be(anchor2026);
    }

    [Fact]
    public void The_2024_russia_and_ukraine_paragraphs_are_removed_in_2026()
    {
        var section = seeds.Store.Editions.Find("2024-11-05")!.AllSections().Single(s => s.Slug == "russia-and-ukraine");
        section.Blocks.Should().NotBeEmpty();
        foreach (var block in section.Blocks)
        {
            var lineage = Lineage.Passage("2024-11-05", block.Anchor)!;
            lineage.Lineage.Should().NotContain(l => l.Direction == LinkDirection.Later, block.Anchor);
            lineage.History.Should().ContainSingle(s => s.EditionId == "2026-02-05").Which.Relation.Should().Be(PassageRelation.Removed);
            lineage.LastSeen.Should().Be("2024-11-05");
            lineage.Latest.State.Should().Be(PassageState.Removed);
            lineage.Latest.RemovedIn.Should().Be("2026-02-05");
        }

        var history = Lineage.Section("2024-11-05", "russia-and-ukraine")!;
        history.Columns.Select(c => c.EditionId).Should().Equal("2016-03-11", "2018", "2024-11-05", "2026-02-05");
        history.Columns[^1].Change.Should().Be(SectionChange.Removed);
        history.Columns[^1].Removed.Select(p => p.Anchor).Should().BeEquivalentTo(section.Blocks.Select(b => b.Anchor));
    }

    [Fact]
    public void The_2018_summary_first_paragraph_continues_as_the_2024_overview_first_paragraph()
    {
        var first2018 = seeds.Store.Editions.Find("2018")!.AllBlocks().First().Block;
        first2018.Text.Should().StartWith("Japan is a significant partner of the United States");
        string anchor2024 = seeds.FirstAnchor("2024-11-05", "overview");

        var lineage = Lineage.Passage("2018", first2018.Anchor)!;
        lineage.Lineage.Should().Contain(l => l.Direction == LinkDirection.Later && l.EditionId == "2024-11-05" && l.Anchor == anchor2024);
        var in2024 = Lineage.Passage("2024-11-05", anchor2024)!;
        in2024.StandsIn.Should().Contain(["2018", "2024-11-05", "2026-02-05"]);
        lineage.LastSeen.Should().Be("2026-02-05");
    }

    [Fact]
    public void Every_link_is_symmetric_and_first_and_last_seen_agree_with_the_editions_the_passage_stands_in()
    {
        int links = 0;
        foreach (var edition in seeds.Store.Editions.All)
        {
            foreach (var (section, block) in edition.AllBlocks())
            {
                var lineage = Lineage.Passage(edition.Id, block.Anchor)!;
                lineage.Place.Should().Be(new PassagePlace(edition.Id, section.Slug, block.Anchor));
                foreach (var link in lineage.Lineage)
                {
                    links++;
                    var back = Lineage.Passage(link.EditionId, link.Anchor)!;
                    var opposite = link.Direction == LinkDirection.Later ? LinkDirection.Earlier : LinkDirection.Later;
                    back.Lineage.Should().ContainSingle(l => l.Counterpart == lineage.Place && l.Direction == opposite, $"{edition.Id}#{block.Anchor} → {link.EditionId}#{link.Anchor}")
                        .Which.Should().Match<PassageLink>(l => l.Relation == link.Relation && l.Share == link.Share);
                }

                var standsIn = lineage.StandsIn.ToList();
                standsIn.Should().Contain(edition.Id);
                lineage.FirstSeen.Should().Be(standsIn[0]);
                lineage.LastSeen.Should().Be(standsIn[^1]);
                foreach (var step in lineage.History.Where(s => s.Places.Count > 0))
                {
                    var there = seeds.Store.Editions.Find(step.EditionId)!;
                    foreach (var place in step.Places)
                    {
                        there.AllBlocks().Should().Contain(b => b.Section.Slug == place.SectionSlug && b.Block.Anchor == place.Anchor, $"{place} stands in {step.EditionId}");
                    }
                }

                if (!lineage.Lineage.Any(l => l.Direction == LinkDirection.Earlier))
                {
                    lineage.FirstSeen.Should().Be(edition.Id, $"{edition.Id}#{block.Anchor} has no earlier counterpart");
                }
            }
        }

        links.Should().BeGreaterThan(0, "the seeds have passages that continue from one edition to the next");
    }
}
