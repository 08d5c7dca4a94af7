using System.Reflection;
using System.Security.Cryptography;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>
/// The version of the parsing rules, derived rather than bumped by hand: a hash of the ingestion assembly's module
/// version id (with deterministic builds, a hash of its compiled code) and of every resource it embeds (fact kinds,
/// topic taxonomy, migrations). Any change to parsing code or rules changes it, so the seed fingerprint changes and
/// the next start re-ingests.
/// </summary>
public static class ParserVersion
{
    /// <summary>The version of this build's ingestion rules: 16 lower-case hex digits.</summary>
    public static string Current { get; } = Of(typeof(ParserVersion).Assembly);

    /// <summary>The version an assembly's code and embedded resources make.</summary>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (string name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(bytes.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
