using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JapanUsRelations.Comparison.Storage;

/// <summary>
/// Encodes a whole <see cref="EditionComparison"/> for storing in the database (lineage stage, table
/// <c>edition_step</c>) and decodes it back, equal to the one computed: JSON of the records (serialization code
/// generated at build time, <see cref="ComparisonJsonContext"/>), deflated. One format
/// name per encoding, so a database written by another build is recognised and its comparison recomputed instead.
/// </summary>
public static class ComparisonCodec
{
    /// <summary>The format this build writes and reads.</summary>
    public const string Format = "json-deflate-1";

    /// <summary>The options of the JSON (nulls and computed properties left out), for a reflection-based reader or writer.</summary>
    internal static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        IgnoreReadOnlyProperties = true,
    };

    /// <summary>The comparison, encoded in <see cref="Format"/>.</summary>
    public static byte[] Encode(EditionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        // The JSON is written whole into memory first: serialising into a stream, System.Text.Json leaves its generated
        // fast path for any value larger than its flush threshold (a comparison is tens of KB). One set of buffers
        // per thread, kept between comparisons: a lineage stage encodes one comparison per edition.
        var buffers = Buffers ??= new EncodeBuffers();
        buffers.Json.ResetWrittenCount();
        buffers.Writer.Reset(buffers.Json);
        JsonSerializer.Serialize(buffers.Writer, comparison, TypeInfo);
        buffers.Writer.Flush();
        buffers.Deflated.SetLength(0);
        using (var deflate = new DeflateStream(buffers.Deflated, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(buffers.Json.WrittenSpan);
        }

        var encoded = buffers.Deflated.ToArray();
        if (buffers.Json.Capacity > MaxKeptBuffer || buffers.Deflated.Capacity > MaxKeptBuffer)
        {
            Buffers = null;
        }

        return encoded;
    }

    /// <summary>The generated serialization of <see cref="EditionComparison"/>, looked up once.</summary>
    private static readonly JsonTypeInfo<EditionComparison> TypeInfo = ComparisonJsonContext.Default.EditionComparison;

    /// <summary>Largest buffer a thread keeps for its next encoding (a larger one is let go).</summary>
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static EncodeBuffers? Buffers;

    /// <summary>One thread's encoding buffers: the JSON, its writer and the deflated bytes.</summary>
    private sealed class EncodeBuffers
    {
        public ArrayBufferWriter<byte> Json { get; } = new(1 << 16);

        public Utf8JsonWriter Writer { get; } = new(Stream.Null);

        public MemoryStream Deflated { get; } = new();
    }

    /// <summary>The comparison <paramref name="data"/> encodes, or null when <paramref name="format"/> is not this build's.</summary>
    public static EditionComparison? Decode(string format, ReadOnlyMemory<byte> data)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (!string.Equals(format, Format, StringComparison.Ordinal))
        {
            return null;
        }

        using var compressed = new MemoryStream(data.ToArray(), writable: false);
        using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize(deflate, TypeInfo);
    }
}
