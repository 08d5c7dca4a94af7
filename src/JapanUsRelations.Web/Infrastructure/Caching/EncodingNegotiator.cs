using System.Globalization;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>
/// Picks the coding of a response from the request's <c>Accept-Encoding</c>: Brotli if acceptable, else gzip, else
/// identity. Honours q-values (<c>q=0</c> refuses a coding) and <c>*</c>.
/// </summary>
public static class EncodingNegotiator
{
    /// <summary>The coding to send for this <c>Accept-Encoding</c> header value (null or empty: identity).</summary>
    public static ContentCoding Choose(string? acceptEncoding)
    {
        if (string.IsNullOrWhiteSpace(acceptEncoding))
        {
            return ContentCoding.Identity;
        }

        double brotli = -1, gzip = -1, any = -1;
        foreach (string part in acceptEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, quality) = Parse(part);
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                brotli = quality;
            }
            else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (name == "*")
            {
                any = quality;
            }
        }

        brotli = brotli < 0 ? any : brotli;
        gzip = gzip < 0 ? any : gzip;
        if (brotli > 0 && brotli >= gzip)
        {
            return ContentCoding.Brotli;
        }

        return gzip > 0 ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    /// <summary>The <c>Content-Encoding</c> token of a coding (null for identity).</summary>
    public static string? Token(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => "br",
        ContentCoding.Gzip => "gzip",
        _ => null,
    };

    private static (string Name, double Quality) Parse(string part)
    {
        int semicolon = part.IndexOf(';', StringComparison.Ordinal);
        if (semicolon < 0)
        {
            return (part, 1);
        }

        string name = part[..semicolon].Trim();
        foreach (string parameter in part[(semicolon + 1)..].Split(';', StringSplitOptions.TrimEntries))
        {
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
            {
                return double.TryParse(parameter.AsSpan(2), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double q)
                    ? (name, Math.Clamp(q, 0, 1))
                    : (name, 0);
            }
        }

        return (name, 1);
    }
}
