using System.IO.Compression;
using System.Text.Json;
using JapanUsRelations.Comparison.Storage;
using JapanUsRelations.Comparison.Tests.Corpus;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Storage;

/// <summary>
/// The stored comparison's JSON, written by code generated at build time, is byte for byte what the reflection-based
/// serializer writes with the codec's options (so databases written before read the same), and decodes to a
/// comparison equal to the one encoded, on every ordered pair of seeds and the corpus's two-edition reports.
/// </summary>
public class ComparisonCodecTests
{
    public static TheoryData<string, string> Pairs() => SeedEditions.OrderedPairs();

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_seed_comparison_is_stored_as_reflection_writes_it_and_decodes_equal(string olderId, string newerId) =>
        StoredAsReflectionWritesIt(SeedEditions.Compare(olderId, newerId));

    [SkippableTheory]
    [MemberData(nameof(CorpusEditions.TwoEditionReports), MemberType = typeof(CorpusEditions))]
    public void A_corpus_comparison_is_stored_as_reflection_writes_it_and_decodes_equal(string older, string newer) =>
        StoredAsReflectionWritesIt(CorpusEditions.Compare(older, newer));

    [Fact]
    public void Another_format_is_not_decoded()
    {
        ComparisonCodec.Decode("json-deflate-0", ComparisonCodec.Encode(SeedEditions.Compare("2024-11-05", "2026-02-05"))).Should().BeNull();
    }

    [Fact]
    public void A_thread_encoding_one_comparison_after_another_stores_each_alone()
    {
        // The buffers a thread keeps between encodings: a small comparison after a larger one carries nothing over.
        var large = SeedEditions.Compare("2024-11-05", "2026-02-05");
        var small = SeedEditions.Compare("2016-03-11", "2018");
        byte[] smallFirst = ComparisonCodec.Encode(small);
        byte[] largeThen = ComparisonCodec.Encode(large);
        byte[] smallAgain = ComparisonCodec.Encode(small);
        smallAgain.Should().Equal(smallFirst);
        largeThen.Length.Should().BeGreaterThan(smallAgain.Length);
        StoredAsReflectionWritesIt(small);
        JsonSerializer.Serialize(ComparisonCodec.Decode(ComparisonCodec.Format, smallAgain)).Should().Be(JsonSerializer.Serialize(small));
    }

    private static void StoredAsReflectionWritesIt(EditionComparison comparison)
    {
        byte[] stored = ComparisonCodec.Encode(comparison);
        using var inflated = new MemoryStream();
        using (var deflate = new DeflateStream(new MemoryStream(stored), CompressionMode.Decompress))
        {
            deflate.CopyTo(inflated);
        }

        inflated.ToArray().Should().Equal(JsonSerializer.SerializeToUtf8Bytes(comparison, ComparisonCodec.Options));
        var decoded = ComparisonCodec.Decode(ComparisonCodec.Format, stored);
        decoded.Should().NotBeNull();
        JsonSerializer.Serialize(decoded).Should().Be(JsonSerializer.Serialize(comparison));
        decoded!.Sections.Should().HaveCount(comparison.Sections.Count);
        decoded.ChangedShare.Should().Be(comparison.ChangedShare);
    }
}
