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

        string json = File.ReadAllText(path);
        ManifestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ManifestDocument>(json, Options);
        }
        catch (JsonException e)
        {
            throw new SeedFormatException(FileName, (int)(e.LineNumber ?? -1) + 1, $"malformed manifest: {e.Message}");
        }

        var entries = document?.Editions ?? [];
        if (entries.Any(e => e is null || string.IsNullOrWhiteSpace(e.File)))
        {
            throw new SeedFormatException(FileName, 0, "malformed manifest: every entry of \"editions\" needs a \"file\"");
        }

        if (entries.GroupBy(e => e.File, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new SeedFormatException(FileName, LineOfSecond(json, duplicate.Key), $"duplicate manifest entry for \"{duplicate.Key}\": each seed file may have one entry");
        }

        return new SeedManifest(entries);
    }

    // The 1-based line of the second mention of a file name in the manifest, or 0.
    private static int LineOfSecond(string json, string file)
    {
        string quoted = JsonSerializer.Serialize(file);
        int first = json.IndexOf(quoted, StringComparison.Ordinal);
        int second = first < 0 ? -1 : json.IndexOf(quoted, first + quoted.Length, StringComparison.Ordinal);
        return second < 0 ? 0 : json.AsSpan(0, second).Count('\n') + 1;
    }

    /// <summary>The entry for a seed file, or null.</summary>
    public ManifestEntry? For(string fileName) => _entries.GetValueOrDefault(fileName);

    private sealed record ManifestDocument(IReadOnlyList<ManifestEntry>? Editions);
}
