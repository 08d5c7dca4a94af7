using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Citations;

/// <summary>
/// Text fragments (<c>#p31:~:text=start,end</c>) that make browsers scroll to and highlight a paragraph's words;
/// browsers without support simply use the <c>#p31</c> anchor before the directive.
/// </summary>
public static class TextFragment
{
    /// <summary>Words taken from each end of a long paragraph.</summary>
    public const int EdgeWords = 4;

    /// <summary>The directive for a paragraph (<c>:~:text=…</c>), or null for tables, lists and empty text.</summary>
    public static string? For(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Kind != BlockKind.Paragraph)
        {
            return null;
        }

        var words = block.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        return words.Length <= EdgeWords * 2
            ? ":~:text=" + Encode(string.Join(' ', words))
            : ":~:text=" + Encode(string.Join(' ', words.Take(EdgeWords))) + "," + Encode(string.Join(' ', words.TakeLast(EdgeWords)));
    }

    /// <summary>Percent-encodes a text-fragment term; '-', ',' and '&amp;' are syntax there, so they are encoded too.</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Uri.EscapeDataString(text).Replace("-", "%2D", StringComparison.Ordinal);
    }
}
