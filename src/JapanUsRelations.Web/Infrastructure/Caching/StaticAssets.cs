using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>
/// Static files (CSS, scripts, icon): pages link them with <c>asp-append-version</c>, i.e. with <c>?v=</c> and the
/// base64url SHA-256 of the file's bytes. A URL whose <c>v</c> is the file's current hash names one content forever
/// and is sent <c>immutable</c> for a year; any other URL of the file is revalidated (the static file middleware
/// sends an ETag and Last-Modified).
/// </summary>
public static class StaticAssets
{
    /// <summary>Cache-Control of a fingerprinted asset.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Cache-Control of an asset asked for without its current fingerprint.</summary>
    public const string Revalidate = "public, max-age=0, must-revalidate";

    private static readonly ConcurrentDictionary<(string Path, DateTimeOffset Modified), string> Hashes = new();

    /// <summary>Static file options with those headers.</summary>
    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = context =>
        {
            string? version = context.Context.Request.Query["v"];
            bool fingerprinted = version is not null && string.Equals(version, Fingerprint(context.File), StringComparison.Ordinal);
            context.Context.Response.Headers[HeaderNames.CacheControl] = fingerprinted ? Immutable : Revalidate;
        },
    };

    /// <summary>The fingerprint <c>asp-append-version</c> puts in <c>v</c>: base64url of the SHA-256 of the bytes.</summary>
    public static string Fingerprint(IFileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Hashes.GetOrAdd((file.PhysicalPath ?? file.Name, file.LastModified), _ =>
        {
            using var stream = file.CreateReadStream();
            return Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(SHA256.HashData(stream));
        });
    }
}
