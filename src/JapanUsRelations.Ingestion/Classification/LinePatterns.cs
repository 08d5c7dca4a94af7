using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Classification;

/// <summary>The line shapes the classifier recognises, in one place so they can be read and tested together.</summary>
public static partial class LinePatterns
{
    /// <summary>Most words a bare heading line may have.</summary>
    public const int MaxHeadingWords = 12;

    /// <summary>Longest bare heading line.</summary>
    public const int MaxHeadingLength = 90;

    /// <summary>
    /// A dateline: "Updated February 5, 2026", "March 11, 2016" (a first edition prints only the date), "Updated March
    /// 2018"; the report number may follow after any whitespace: "Updated September 21, 2026 (IF10292)". Groups:
    /// month, day (optional), year, number (optional).
    /// </summary>
    [GeneratedRegex(@"^(?:Updated\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?<day>\d{1,2}),\s*)?(?<year>\d{4})(?:\s*\((?<number>(?:IF|IN|RL|RS|R|LSB)\d{3,6})\))?$")]
    public static partial Regex Dateline();

    /// <summary>
    /// A title and its dateline on one line, set apart by a run of spaces or a tab (how page scrapes lay out a
    /// masthead): "U.S.-Japan Relations      Updated March 3, 2026". Groups: title, dateline.
    /// </summary>
    [GeneratedRegex(@"^(?<title>\S.{0,200}?)(?:\s{2,}|\t)(?<dateline>(?:Updated\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},\s*)?\d{4}(?:\s*\((?:IF|IN|RL|RS|R|LSB)\d{3,6}\))?)$")]
    public static partial Regex TitleAndDateline();

    /// <summary>
    /// A CRS report number alone on a line, bare or in parentheses: "IF10199", "(IN12668)", "RL33436", "R45208",
    /// "LSB11234". Group: number.
    /// </summary>
    [GeneratedRegex(@"^\(?(?<number>(?:IF|IN|RL|RS|R|LSB)\d{3,6})\)?$")]
    public static partial Regex ReportNumber();

    /// <summary>"Figure 1. Top U.S. Trade Partners, 2024".</summary>
    [GeneratedRegex(@"^(?:Figure|Table)\s+\d+[.:]\s+\S")]
    public static partial Regex Caption();

    /// <summary>"Source: CRS; data from Bureau of Economic Analysis."</summary>
    [GeneratedRegex(@"^Sources?:\s")]
    public static partial Regex SourceLine();

    /// <summary>A figure's or table's note line: "Note: Values taken at the end of the fiscal year.", "Notes: …".</summary>
    [GeneratedRegex(@"^Notes?:\s")]
    public static partial Regex NoteLine();

    /// <summary>A byline line: "Mark E. Manyin, Coordinator, Specialist in Asian Affairs".</summary>
    [GeneratedRegex(@"^(?<name>[A-Z][\p{L}.'’\-]*(?:\s+[A-Z][\p{L}.'’\-]*){1,4}),\s+(?<role>(?:[A-Z][\p{L}\- ,]*)?\b(?:Specialist|Analyst|Coordinator|Attorney|Manager|Director|Fellow|Researcher|Librarian)\b[\p{L}\- ,]*)$")]
    public static partial Regex Byline();

    /// <summary>
    /// A run-in head in bold, as Markdown or as a bold tag (HTML sources): "**China and Taiwan.** A protracted…",
    /// "&lt;b&gt;Debt Limit Suspension:&lt;/b&gt; In recent…"; bold-italic as scraped pages write it ("***China.***",
    /// "**_Taiwan:_**"); the period or colon may stand just outside the bold, or inside a closing quote that the head
    /// keeps ("Tariffs to "Offset Canadian Discrimination."" → head ending in the quote). Groups: head, close.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:\*\*\*|\*\*_|_\*\*|\*\*)(?<head>[^*_<\n]{2,80}?)(?:[.:](?<close>[""”’]?)(?:\*\*\*|_\*\*|\*\*_|\*\*)|(?:\*\*\*|_\*\*|\*\*_|\*\*)[.:])|<(?<tag>b|strong)>(?<head>[^<\n]{2,80}?)(?:[.:](?<close>[""”’]?)</\k<tag>>|</\k<tag>>[.:]))\s+(?=\S)")]
    public static partial Regex BoldRunInHead();

    /// <summary>A run-in head ending with a period: "China. After entering office…".</summary>
    [GeneratedRegex(@"^(?<head>[A-Z][\p{L}'’\-]+(?:\s(?:[A-Z][\p{L}'’\-]+|and|of|the|in)){0,5})\.\s+(?=[A-Z""“])")]
    public static partial Regex PeriodRunInHead();

    /// <summary>A run-in head ending with a colon: "Base presence and local impact: The substantial…".</summary>
    [GeneratedRegex(@"^(?<head>[A-Z][\p{L}'’\-]+(?:,?\s[\p{L}'’\-]+){0,7}):\s+(?=[A-Z""“])")]
    public static partial Regex ColonRunInHead();

    /// <summary>A Markdown pipe-table row: "| Country | Trade |", "|---|---|".</summary>
    [GeneratedRegex(@"^\s*\|.*\|\s*$")]
    public static partial Regex PipeRow();

    /// <summary>A pipe-table delimiter row: "|---|:---:|".</summary>
    [GeneratedRegex(@"^\s*\|(?:\s*:?-{1,}:?\s*\|)+\s*$")]
    public static partial Regex PipeDelimiter();

    /// <summary>True when markup opens with bold: Markdown <c>**</c> or a <c>&lt;b&gt;</c>/<c>&lt;strong&gt;</c> tag.</summary>
    public static bool StartsBold(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        return markup.StartsWith("**", StringComparison.Ordinal)
            || markup.StartsWith("<b>", StringComparison.OrdinalIgnoreCase)
            || markup.StartsWith("<strong>", StringComparison.OrdinalIgnoreCase);
    }

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
