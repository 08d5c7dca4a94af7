using System.Text.Json;

namespace JapanUsRelations.Ingestion.Manifest;

/// <summary>Reads <c>seeds/manifest.json</c>: the small, documented list of metadata the seeds' texts lack.</summary>
public sealed class SeedManifest
{
    /// <summary>The manifest's file name inside the seeds folder.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly Dictionary<string, ManifestEntry> _entries;

    private SeedManifest(IEnumerable<ManifestEntry> entries) =>
        _entries = entries.ToDictionary(e => e.File, StringComparer.Ordinal);

    /// <summary>An empty manifest.</summary>
    public static SeedManifest Empty { get; } = new([]);

    /// <summary>Loads the manifest from a seeds folder; an absent manifest is empty, a malformed one an error.</summary>
    public static SeedManifest Load(string seedsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        string path = Path.Combine(seedsDirectory, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            var document = JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllText(path), Options);
            return new SeedManifest(document?.Editions ?? []);
        }
        catch (JsonException e)
        {
            throw new SeedFormatException(FileName, (int)(e.LineNumber ?? -1) + 1, $"malformed manifest: {e.Message}");
        }
    }

    /// <summary>The entry for a seed file, or null.</summary>
    public ManifestEntry? For(string fileName) => _entries.GetValueOrDefault(fileName);

    private sealed record ManifestDocument(IReadOnlyList<ManifestEntry>? Editions);
}
