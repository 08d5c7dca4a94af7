using System.Text;
using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Reading;

/// <summary>
/// Stage 1, Read: bytes to text. UTF-8 strictly (an invalid byte is an error naming the file, line and byte offset),
/// BOM removed, CRLF/CR normalised to LF, format detected from the content.
/// </summary>
public static partial class SeedReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a seed, or throws <see cref="SeedFormatException"/> saying where and why it cannot.</summary>
    public static SeedText Read(SeedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var bytes = file.Bytes.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new SeedFormatException(file.FileName, nul, LineAt(bytes, nul), "binary content (a NUL byte): a seed must be UTF-8 text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            _ = e;
            int offset = FirstInvalidUtf8(bytes);
            throw new SeedFormatException(file.FileName, offset, LineAt(bytes, offset), "invalid UTF-8");
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SeedFormatException(file.FileName, 0, "the file is empty: a seed needs at least a title and one paragraph");
        }

        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        return new SeedText(file, lines, DetectFormat(lines));
    }

    /// <summary>
    /// HTML when the text opens with a document-level or block-level element (<c>&lt;!DOCTYPE html&gt;</c>,
    /// <c>&lt;html&gt;</c>, <c>&lt;div&gt;</c>, <c>&lt;p&gt;</c>, <c>&lt;h2&gt;</c>…: an inline tag such as <c>&lt;b&gt;</c>
    /// opening a text line does not count); Markdown when the text has ATX headings; otherwise plain text.
    /// </summary>
    public static SeedFormat DetectFormat(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (first is not null && HtmlOpening().IsMatch(first))
        {
            return SeedFormat.Html;
        }

        return lines.Any(l => AtxHeading().IsMatch(l)) ? SeedFormat.Markdown : SeedFormat.Plain;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return 0;
    }

    [GeneratedRegex(@"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|section|article|main|header|p|h[1-6]|table|ul|ol)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlOpening();

    [GeneratedRegex(@"^#{1,6}\s+\S")]
    private static partial Regex AtxHeading();
}
