namespace JapanUsRelations.Ingestion.Reading;

/// <summary>A seed file's name and bytes, as found in the seeds folder.</summary>
/// <param name="FileName">File name within the seeds folder.</param>
/// <param name="Bytes">The file's bytes, untouched.</param>
public sealed record SeedFile(string FileName, byte[] Bytes)
{
    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes));

    /// <summary>Reads a file from disk.</summary>
    public static SeedFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new SeedFile(Path.GetFileName(path), File.ReadAllBytes(path));
    }
}
