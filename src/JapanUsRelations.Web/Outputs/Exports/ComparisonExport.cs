using JapanUsRelations.Web.Pages.Compare;

namespace JapanUsRelations.Web.Outputs.Exports;

/// <summary>A comparison ready to write: the view, the format, the site origin (links in a file are absolute) and the file name.</summary>
/// <param name="View">The comparison.</param>
/// <param name="Format">The format.</param>
/// <param name="Origin">Scheme, host and path base of the site, e.g. <c>http://127.0.0.1:5600</c>.</param>
public sealed record ComparisonExport(ComparisonView View, ExportFormat Format, string Origin)
{
    /// <summary>"comparison-2024-11-05-to-2026-02-05.md".</summary>
    public string FileName => $"comparison-{View.Left.Id}-to-{View.Right.Id}.{Format.Extension}";

    /// <summary>An absolute URL of a site path.</summary>
    public string Absolute(string path) => Origin + path;
}
