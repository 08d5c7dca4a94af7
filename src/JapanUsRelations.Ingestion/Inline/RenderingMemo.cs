using JapanUsRelations.Ingestion.Enrichment;

namespace JapanUsRelations.Ingestion.Inline;

/// <summary>
/// The renderings of one ingestion run (<see cref="InlineMarkup.RememberRenderings"/>): HTML per distinct markup, reading
/// text per distinct HTML. Bounded (each memo starts again empty past <see cref="Capacity"/> entries) and thread-safe.
/// </summary>
internal sealed class RenderingMemo
{
    /// <summary>The most inputs each memo keeps: far more than the distinct paragraphs of thousands of editions, a few tens of MB at most.</summary>
    public const int Capacity = 50_000;

    private readonly TextMemo<string> _html = new(Capacity);
    private readonly TextMemo<string> _text = new(Capacity);

    /// <summary>The HTML of <paramref name="markup"/>, rendered by <paramref name="render"/> the first time.</summary>
    public string Html(string markup, Func<string, string> render) => _html.Get(markup, render);

    /// <summary>The reading text of <paramref name="html"/>, read by <paramref name="read"/> the first time.</summary>
    public string Text(string html, Func<string, string> read) => _text.Get(html, read);
}
