using JapanUsRelations.Ingestion.Enrichment.Facts;

namespace JapanUsRelations.Ingestion.Tests.Facts;

/// <summary>Sentences copied verbatim from the seeds.</summary>
public class RoleRecogniserTests
{
    private readonly RoleRecogniser roles = new(FactKindCatalogue.Default);

    [Fact]
    public void A_us_president_and_a_prime_minister_in_one_sentence_are_told_apart()
    {
        roles.Find("In recognition of these achievements, President Obama and Prime Minister Abe announced in 2014 an extension of our bilateral Science and Technology Agreement for an additional 10 years.")
            .Select(r => (r.Kind.Kind, r.Name)).Should().Equal(("us-president", "Obama"), ("prime-minister", "Abe"));
    }

    [Fact]
    public void A_south_korean_president_is_not_a_us_president()
    {
        roles.Find("In August 2023, Biden hosted Kishida and South Korean President Yoon Suk-yeol at Camp David for the first-ever standalone summit meeting among the leaders of the United States, Japan, and South Korea.")
            .Should().ContainSingle().Which.Should().Match<RoleMatch>(r => r.Name == "Yoon Suk-yeol" && r.Text == "South Korean President Yoon Suk-yeol" && r.Kind.Kind == "south-korean-president");
    }

    [Fact]
    public void Then_and_current_are_kept_as_qualifiers()
    {
        roles.Find("In early 2025, then-President Biden issued a presidential order under CFIUS authorities to block Nippon Steel's bid, citing risks to U.S. national security.")
            .Should().ContainSingle().Which.Qualifier.Should().Be("then");
        roles.Find("President Donald Trump has held two summits with Japanese prime ministers and has said he will host current premier Sanae Takaichi on March 19, 2026.")
            .Select(r => (r.Kind.Kind, r.Name, r.Qualifier)).Should().Equal(("us-president", "Donald Trump", null), ("prime-minister", "Sanae Takaichi", "current"));
    }

    [Fact]
    public void A_title_without_a_name_names_nobody()
    {
        roles.Find("The companies' negotiated terms include a \"golden share\" arrangement, which grants the U.S. government and President certain rights in the company.").Should().BeEmpty();
        roles.Find("In August, Kishida announced that he would step down as LDP president and as Japan's premier.").Should().BeEmpty();
    }
}
