using JapanUsRelations.Ingestion.Storage;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>
/// The fingerprint of the database this process serves: its seeds fingerprint and ingestion time, read once (the
/// served data are loaded once, so the fingerprint must not move under them). Null until a database exists.
/// </summary>
public sealed class ServedDatabase
{
    private readonly string _path;
    private string? _fingerprint;

    /// <summary>Watches the configured database.</summary>
    public ServedDatabase(EditionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _path = options.DatabasePath;
    }

    /// <summary>The fingerprint, or null while there is no readable database yet.</summary>
    public string? Fingerprint => _fingerprint ??= Read(_path);

    /// <summary>A short form of <see cref="Fingerprint"/> for a response header (12 hex digits).</summary>
    public string? ShortFingerprint => Fingerprint is { } f ? f[..Math.Min(12, f.Length)] : null;

    private static string? Read(string path) => Database.BuildIdentity(path);
}
