namespace JapanUsRelations.Web.Outputs.Exports;

/// <summary>A format a comparison can be exported in: its query value, media type and file extension.</summary>
/// <param name="Name">The <c>format</c> query value.</param>
/// <param name="MediaType">The response's media type.</param>
/// <param name="Extension">The downloaded file's extension.</param>
public sealed record ExportFormat(string Name, string MediaType, string Extension)
{
    /// <summary>One standalone HTML file.</summary>
    public static ExportFormat Html { get; } = new("html", "text/html", "html");

    /// <summary>Markdown with CriticMarkup.</summary>
    public static ExportFormat Markdown { get; } = new("markdown", "text/markdown", "md");

    /// <summary>Every format.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = [Html, Markdown];
}
