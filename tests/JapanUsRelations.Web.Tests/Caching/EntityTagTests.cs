using JapanUsRelations.Web.Infrastructure.Caching;

namespace JapanUsRelations.Web.Tests.Caching;

/// <summary>Strong tags depend on the database and the bytes; If-None-Match uses weak comparison (RFC 9110 §13.1.2).</summary>
public class EntityTagTests
{
    private static readonly byte[] Body = "<p>Japan</p>"u8.ToArray();

    [Fact]
    public void A_tag_is_quoted_and_changes_with_the_database_the_bytes_and_the_coding()
    {
        string tag = EntityTag.Of("db-1", Body, ContentCoding.Identity);
        tag.Should().MatchRegex("^\"[0-9a-f]{32}\"$");
        EntityTag.Of("db-1", Body, ContentCoding.Identity).Should().Be(tag);
        EntityTag.Of("db-2", Body, ContentCoding.Identity).Should().NotBe(tag);
        EntityTag.Of("db-1", "<p>Japan.</p>"u8, ContentCoding.Identity).Should().NotBe(tag);
        EntityTag.Of("db-1", Body, ContentCoding.Brotli).Should().Be(tag[..^1] + "-br\"");
        EntityTag.Of("db-1", Body, ContentCoding.Gzip).Should().Be(tag[..^1] + "-gzip\"");
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abcd\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData(",,,", false)]
    public void If_None_Match_matches_the_tag_in_a_list_with_or_without_W(string? header, bool matches) =>
        EntityTag.Matches(header, "\"abc\"").Should().Be(matches);
}
