using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Structure;

/// <summary>
/// What a CRS report number says about its product: every CRS product type has its own prefix (IF In Focus, IN
/// Insight, R/RL/RS Report, LSB Legal Sidebar), so the series and the publisher are known from the number alone
/// when no byline or manifest says so.
/// </summary>
public static partial class CrsProduct
{
    /// <summary>The publisher of every CRS product.</summary>
    public const string Publisher = "Congressional Research Service";

    /// <summary>The series a report number belongs to ("CRS In Focus" for IF10199), or null for anything else.</summary>
    public static string? SeriesOf(string? reportNumber)
    {
        if (reportNumber is null)
        {
            return null;
        }

        var match = Number().Match(reportNumber);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["prefix"].Value switch
        {
            "IF" => "CRS In Focus",
            "IN" => "CRS Insight",
            "LSB" => "CRS Legal Sidebar",
            _ => "CRS Report",
        };
    }

    /// <summary>True for a well-formed CRS report number.</summary>
    public static bool IsReportNumber(string? text) => text is not null && Number().IsMatch(text);

    [GeneratedRegex(@"^(?<prefix>IF|IN|RL|RS|R|LSB)\d{3,6}$")]
    private static partial Regex Number();
}
