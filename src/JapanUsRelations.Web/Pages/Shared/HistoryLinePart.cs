namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>One clause of a passage's history line ("reworded February 2026"), with the link that shows it, if any.</summary>
/// <param name="Text">The clause.</param>
/// <param name="Url">The comparison (or the passage's place) it links to, or null.</param>
/// <param name="LinkText">The link's words ("see the change", "read it there"), or null.</param>
public sealed record HistoryLinePart(string Text, string? Url, string? LinkText)
{
    /// <summary>The clause as a sentence's start: its first letter capital.</summary>
    public string Sentence => Text.Length == 0 ? Text : char.ToUpperInvariant(Text[0]) + Text[1..];

    /// <summary>The clause as plain text: "reworded February 2026 — see the change".</summary>
    public override string ToString() => LinkText is null ? Text : $"{Text} — {LinkText}";
}
