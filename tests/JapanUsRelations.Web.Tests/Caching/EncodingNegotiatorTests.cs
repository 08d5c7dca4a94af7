using JapanUsRelations.Web.Infrastructure.Caching;

namespace JapanUsRelations.Web.Tests.Caching;

/// <summary>Accept-Encoding as clients and hostile clients send it (RFC 9110 §12.5.3).</summary>
public class EncodingNegotiatorTests
{
    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("gzip, deflate, br, zstd", ContentCoding.Brotli)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("x-gzip", ContentCoding.Gzip)]
    [InlineData("BR", ContentCoding.Brotli)]
    [InlineData("br;q=0", ContentCoding.Identity)]
    [InlineData("br;q=0.2, gzip;q=0.9", ContentCoding.Gzip)]
    [InlineData("br;q=1.0, gzip;q=1.0", ContentCoding.Brotli)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0", ContentCoding.Identity)]
    [InlineData("gzip, *;q=0", ContentCoding.Gzip)]
    [InlineData("br;q=banana", ContentCoding.Identity)]
    [InlineData(";;;,,,q=", ContentCoding.Identity)]
    [InlineData("identity", ContentCoding.Identity)]
    public void Chooses_brotli_then_gzip_then_identity_honouring_q_values(string? header, ContentCoding expected) =>
        EncodingNegotiator.Choose(header).Should().Be(expected);
}
