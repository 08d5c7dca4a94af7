using System.Text.Json.Serialization;

namespace JapanUsRelations.Comparison.Storage;

/// <summary>
/// The stored comparison's JSON, generated at build time (no reflection at run time): the options
/// <see cref="ComparisonCodec"/> has always written with (nulls left out, computed properties left out), so the bytes
/// are those the reflection-based serializer writes with them.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(EditionComparison))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext;
