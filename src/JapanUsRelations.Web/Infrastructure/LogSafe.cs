using System.Text;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// Makes a request value safe to write into a log line or a message: control characters (CR, LF, tab, ESC, NUL,
/// U+2028…) become visible <c>\uXXXX</c> escapes, so a URL cannot start a forged log line or recolour a terminal, and
/// overlong values are cut with a note of their length.
/// </summary>
public static class LogSafe
{
    /// <summary>Longest value kept, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>The value with control characters escaped and its length capped.</summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string kept = value.Length > MaxLength ? value[..MaxLength] : value;
        var sb = new StringBuilder(kept.Length);
        foreach (char ch in kept)
        {
            if (char.IsControl(ch) || ch is '\u2028' or '\u2029' or '\u0085')
            {
                sb.Append("\\u").Append(((int)ch).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(ch);
            }
        }

        if (value.Length > MaxLength)
        {
            sb.Append("…(").Append(value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return sb.ToString();
    }

    /// <summary>True when the value holds a character <see cref="Encode"/> would escape.</summary>
    public static bool NeedsEncoding(string value) => value.Any(ch => char.IsControl(ch) || ch is '\u2028' or '\u2029' or '\u0085');
}
