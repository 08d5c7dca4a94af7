using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Classification;

/// <summary>The line shapes the classifier recognises, in one place so they can be read and tested together.</summary>
public static partial class LinePatterns
{
    /// <summary>Most words a bare heading line may have.</summary>
    public const int MaxHeadingWords = 12;

    /// <summary>Longest bare heading line.</summary>
    public const int MaxHeadingLength = 90;

    /// <summary>"Updated February 5, 2026", "March 11, 2016", "Updated March 2018".</summary>
    [GeneratedRegex(@"^(?:Updated\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?<day>\d{1,2}),\s+)?(?<year>\d{4})$")]
    public static partial Regex Dateline();

    /// <summary>A CRS-style report number alone on a line: IF10199, RL33436, R45208.</summary>
    [GeneratedRegex(@"^(?:IF|RL|RS|R|IN)\d{4,6}$")]
    public static partial Regex ReportNumber();

    /// <summary>"Figure 1. Top U.S. Trade Partners, 2024".</summary>
    [GeneratedRegex(@"^(?:Figure|Table)\s+\d+[.:]\s+\S")]
    public static partial Regex Caption();

    /// <summary>"Source: CRS; data from Bureau of Economic Analysis."</summary>
    [GeneratedRegex(@"^Sources?:\s")]
    public static partial Regex SourceLine();

    /// <summary>A byline line: "Mark E. Manyin, Coordinator, Specialist in Asian Affairs".</summary>
    [GeneratedRegex(@"^(?<name>[A-Z][\p{L}.'’\-]*(?:\s+[A-Z][\p{L}.'’\-]*){1,4}),\s+(?<role>(?:[A-Z][\p{L}\- ,]*)?\b(?:Specialist|Analyst|Coordinator|Attorney|Manager|Director|Fellow|Researcher|Librarian)\b[\p{L}\- ,]*)$")]
    public static partial Regex Byline();

    /// <summary>A run-in head in bold Markdown: "**China and Taiwan.** A protracted…".</summary>
    [GeneratedRegex(@"^\*\*(?<head>[^*\n]{2,80}?)[.:]\*\*\s+")]
    public static partial Regex BoldRunInHead();

    /// <summary>A run-in head ending with a period: "China. After entering office…".</summary>
    [GeneratedRegex(@"^(?<head>[A-Z][\p{L}'’\-]+(?:\s(?:[A-Z][\p{L}'’\-]+|and|of|the|in)){0,5})\.\s+(?=[A-Z""“])")]
    public static partial Regex PeriodRunInHead();

    /// <summary>A run-in head ending with a colon: "Base presence and local impact: The substantial…".</summary>
    [GeneratedRegex(@"^(?<head>[A-Z][\p{L}'’\-]+(?:,?\s[\p{L}'’\-]+){0,7}):\s+(?=[A-Z""“])")]
    public static partial Regex ColonRunInHead();

    /// <summary>True when a single line reads as a bare heading: short, no sentence punctuation at its end.</summary>
    public static bool IsHeadingLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length == 0 || text.Length > MaxHeadingLength || !(char.IsUpper(text[0]) || char.IsDigit(text[0])))
        {
            return false;
        }

        if (".:;,!?".Contains(text[^1], StringComparison.Ordinal) || !text.Any(char.IsLetter))
        {
            return false;
        }

        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;
    }
}
