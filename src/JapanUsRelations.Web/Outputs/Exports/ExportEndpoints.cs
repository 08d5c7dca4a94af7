using System.Text;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Compare;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Exports;

/// <summary>
/// The one handler of <c>/compare/{a}/{b}/export?format=html|markdown</c>: the comparison as a download (a
/// standalone HTML file, or Markdown with CriticMarkup). Year ids redirect as the comparison page does; an unknown
/// edition or format answers a plain-text 404 listing what exists.
/// </summary>
public sealed class ExportEndpoints(CompareHandler comparisons, ComparisonService service)
{
    /// <summary>Maps the export route.</summary>
    public static void MapExports(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/compare/{a}/{b}/export", (string a, string b, string? format, ExportEndpoints h, HttpContext c) => h.Download(a, b, format, c))
            .ExcludeFromDescription();
    }

    /// <summary>The export of the comparison of <paramref name="a"/> with <paramref name="b"/>.</summary>
    public Answer<ComparisonExport> Export(string a, string b, string? format, string origin)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var answer = comparisons.Comparison(a, b);
        if (answer.NotFound is { } missing)
        {
            return missing;
        }

        if (ExportFormat.All.FirstOrDefault(f => string.Equals(f.Name, format ?? "html", StringComparison.OrdinalIgnoreCase)) is not { } chosen)
        {
            return new NotFoundModel($"export format “{format}”", "Export formats",
                ExportFormat.All.Select(f => new Link(f.Name, Urls.CompareExport(a, b, f.Name))).ToList());
        }

        if (answer.Redirect is not null)
        {
            var view = service.Find(a, b)!;
            return new Redirection(Urls.CompareExport(view.Left.Id, view.Right.Id, chosen.Name), Permanent: false, "a year with one edition");
        }

        return new ComparisonExport(answer.Found!.View, chosen, origin);
    }

    private IResult Download(string a, string b, string? format, HttpContext context)
    {
        var answer = Export(a, b, format, $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}");
        if (answer.Redirect is { } redirect)
        {
            return Results.Redirect(redirect.To);
        }

        if (answer.NotFound is { } missing)
        {
            return NotFoundText.Of(missing);
        }

        var export = answer.Found!;
        string text = export.Format == ExportFormat.Markdown ? CriticMarkup.Write(export) : StandaloneHtml.Write(export);
        return Results.File(Encoding.UTF8.GetBytes(text), export.Format.MediaType + "; charset=utf-8", export.FileName);
    }
}
