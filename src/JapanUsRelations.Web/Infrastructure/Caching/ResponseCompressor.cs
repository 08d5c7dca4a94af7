using System.IO.Compression;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>Compresses a body once, when it is first asked for in a coding (then the compressed bytes are kept).</summary>
public static class ResponseCompressor
{
    /// <summary>The body in the given coding (identity: the same array).</summary>
    public static byte[] Encode(byte[] identity, ContentCoding coding)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (coding == ContentCoding.Identity)
        {
            return identity;
        }

        using var output = new MemoryStream(identity.Length / 4 + 64);
        using (Stream compressor = coding == ContentCoding.Brotli
                   ? new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true)
                   : new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            compressor.Write(identity);
        }

        return output.ToArray();
    }
}
