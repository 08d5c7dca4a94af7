using System.Security.Cryptography;
using System.Text;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// A hash over the seeds (file names and contents), the manifest and the parser version. When the stored
/// fingerprint differs, the database is older than the seeds and is rebuilt.
/// </summary>
public static class SeedFingerprint
{
    /// <summary>Computes the fingerprint of a seeds folder.</summary>
    public static string Compute(string seedsDirectory) => Compute(seedsDirectory, "");

    /// <summary>
    /// Computes the fingerprint of a seeds folder ingested by a pipeline whose corpus stages have
    /// <paramref name="stagesVersion"/> (empty for none: then the same as <see cref="Compute(string)"/>).
    /// </summary>
    public static string Compute(string seedsDirectory, string stagesVersion)
    {
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        ArgumentNullException.ThrowIfNull(stagesVersion);
        var sb = new StringBuilder("parser:").Append(IngestionPipeline.ParserVersion).Append('\n');
        if (stagesVersion.Length > 0)
        {
            sb.Append("stages:").Append(stagesVersion).Append('\n');
        }

        var files = IngestionPipeline.SeedPaths(seedsDirectory).ToList();
        string manifest = Path.Combine(seedsDirectory, Manifest.SeedManifest.FileName);
        if (File.Exists(manifest))
        {
            files.Add(manifest);
        }

        foreach (string path in files)
        {
            sb.Append(Path.GetFileName(path)).Append(':').Append(Hash(path)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    // A file over the size limit is never read (ingestion refuses it by its length alone).
    private static string Hash(string path)
    {
        long length = new FileInfo(path).Length;
        if (length > Reading.SeedLimits.Default.MaxFileBytes)
        {
            return "too-large-" + length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
