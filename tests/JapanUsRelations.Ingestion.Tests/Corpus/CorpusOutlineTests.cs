using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// Layout features: h2/h3 sections, the untitled lead, h3-only documents, headings wrapping anchors, run-in
/// <c>&lt;strong&gt;</c> heads (split over several tags), paragraphs per section. Goldens read from each file.
/// </summary>
public class CorpusOutlineTests
{
    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void Headings_levels_run_in_heads_and_blocks_per_section_are_as_printed(string name)
    {
        var edition = CorpusFiles.Parse(name);
        CorpusOutline.Of(edition).Should().Equal(CorpusGoldens.Of(name).Outline);
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void Slugs_are_unique_and_a_lead_is_the_introduction(string name)
    {
        var edition = CorpusFiles.Parse(name);
        var sections = edition.AllSections().ToList();

        sections.Select(s => s.Slug).Should().OnlyHaveUniqueItems();
        sections.Select(s => s.Path).Should().OnlyHaveUniqueItems();
        sections.Select(s => s.Ordinal).Should().Equal(Enumerable.Range(1, sections.Count));
        if (CorpusGoldens.Of(name).Outline[0].StartsWith("(lead)", StringComparison.Ordinal))
        {
            edition.Sections[0].Heading.Should().BeNull();
            edition.Sections[0].Slug.Should().Be("introduction");
        }

        sections.Where(s => s.Heading is not null).Should().OnlyContain(s => s.Heading == s.Heading!.Trim() && !s.Heading.Contains("  ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_heading_repeated_at_another_level_gets_its_own_slug()
    {
        // IF11365v4 has "<h3>Appeals</h3>" under "Court Proceedings" and later "<h2>Appeals</h2>".
        var appeals = CorpusFiles.Parse("IF11365v4").AllSections().Where(s => s.Heading == "Appeals").ToList();
        appeals.Select(s => s.Level).Should().Equal(2, 1);
        appeals[0].Slug.Should().NotBe(appeals[1].Slug);
        appeals[0].Path.Should().StartWith("court-proceedings/");
    }

    [SkippableFact]
    public void An_anchor_inside_a_heading_word_does_not_split_it()
    {
        // IF11218v21: <h2>Current Political Condition<a name="_Hlk144301674"></a>s</h2>.
        var edition = CorpusFiles.Parse("IF11218v21");
        edition.Sections.Select(s => s.Heading).Should().Contain("Current Political Conditions");
        edition.Sections.Single(s => s.Heading == "Current Political Conditions").Slug.Should().Be("current-political-conditions");
    }

    [SkippableFact]
    public void H3_only_documents_put_their_headings_at_level_one_and_match_the_h2_edition()
    {
        // IN12669v3 uses <h3> throughout; IN12669v5 (the same report, later) uses <h2>.
        var v3 = CorpusFiles.Parse("IN12669v3");
        var v5 = CorpusFiles.Parse("IN12669v5");
        v3.Sections.Skip(1).Should().OnlyContain(s => s.Level == 1);
        v3.Sections.Select(s => s.Slug).Should().Equal(v5.Sections.Select(s => s.Slug));
    }

    [SkippableTheory]
    [InlineData("IN12668v2", "Counter-drone capabilities", "Congress has expressed concern about the threats posed by one-way attack drones,")]
    [InlineData("IN12668v2", "FY2027 appropriations", "In FY2025 and FY2026, Congress took steps to increase munitions stockpiles")]
    [InlineData("IN12668v2", "Defense industrial base challenges", "Congress has directed the Secretary of Defense to submit to Congress")]
    [InlineData("IN12668v3", "Appropriations for Munitions", "In FY2025 and FY2026, Congress took steps to increase munitions stockpiles")]
    [InlineData("IN12668v3", "Missile Defense Integration and Foreign Military Sales (FMS)", "The United States has sought to integrate missile defense efforts with allies and partners")]
    [InlineData("IF12595v33", "Critical Minerals", "Canada is a top U.S. source of critical minerals.")]
    [InlineData("IF12595v33", "Canadian Retaliation", "Canada responded to U.S. IEEPA tariffs with 25% tariffs on")]
    [InlineData("IF12595v33", "Tariffs to \"Offset Canadian Discrimination\"", "In August 2026, President Trump imposed 50% tariffs on certain Canadian goods to \"offset")]
    [InlineData("IF11346v35", "Determination and Implementation", "Following consultations, USTR conducts an investigation")]
    public void A_run_in_head_leaves_the_rest_of_its_paragraph_as_the_first_paragraph(string name, string heading, string opening)
    {
        var section = CorpusFiles.Parse(name).AllSections().Single(s => s.Heading == heading);
        section.IsRunIn.Should().BeTrue();
        section.Blocks[0].Kind.Should().Be(BlockKind.Paragraph);
        section.Blocks[0].Text.Should().StartWith(opening);
    }

    [SkippableFact]
    public void A_bold_phrase_without_a_final_period_or_colon_is_not_a_run_in_head()
    {
        // IF10292v22: "<p><a href="#_Ref499881323"><strong></strong><strong>Figure 1</strong></a> shows the debt ...".
        var section = CorpusFiles.Parse("IF10292v22").Sections.Single(s => s.Heading == "Past Debt Limit Activity");
        section.Children.Should().BeEmpty();
        section.Blocks.Should().Contain(b => b.Kind == BlockKind.Paragraph && b.Text.StartsWith("Figure 1 shows the debt subject to the limit", StringComparison.Ordinal));
    }
}
