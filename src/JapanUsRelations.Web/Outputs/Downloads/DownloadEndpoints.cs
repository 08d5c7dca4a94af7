using System.Globalization;
using System.Text;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Outputs.Downloads;

/// <summary>
/// The one handler of the bulk downloads: <c>/downloads/editions.csv</c> (one row per edition) and
/// <c>/downloads/facts.csv</c> (one row per fact value), each the data of the page that links it.
/// </summary>
public sealed class DownloadEndpoints(ReadStore store, IChangeMeter changes)
{
    /// <summary>The editions file's columns.</summary>
    public static IReadOnlyList<string> EditionColumns { get; } =
        ["id", "report", "title", "date", "publisher", "source_file", "source_sha256", "words", "previous", "percent_changed_since_previous"];

    /// <summary>The facts file's columns.</summary>
    public static IReadOnlyList<string> FactColumns { get; } =
        ["kind", "edition", "value", "text", "unit", "qualifier", "quote", "url"];

    /// <summary>Maps both downloads.</summary>
    public static void MapDownloads(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Urls.EditionsCsv, (DownloadEndpoints h) => File(h.EditionsCsv(), "editions.csv")).ExcludeFromDescription();
        app.MapGet(Urls.FactsCsv, (DownloadEndpoints h, HttpContext c) => File(h.FactsCsv($"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}"), "facts.csv"))
            .ExcludeFromDescription();
    }

    /// <summary>Every edition in list order (report editions oldest first, then reference sources), with its change since its report's previous edition.</summary>
    public string EditionsCsv() => CsvTable.Write(EditionColumns, store.Editions.Listed.Select(e =>
    {
        var previous = store.Editions.Previous(e);
        double? share = previous is null ? null : changes.ChangedShare(previous, e);
        return (IReadOnlyList<string?>)
        [
            e.Id, store.Editions.ReportOf(e)?.Key, e.Title, EditionDisplay.IsoDate(e), e.Publisher, e.SourceFile, e.SourceSha256,
            Words(e).ToString(CultureInfo.InvariantCulture), previous?.Id, share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) : null,
        ];
    }));

    /// <summary>Every fact value (classified or not), edition by edition in reading order, with an absolute link to its paragraph.</summary>
    public string FactsCsv(string origin) => CsvTable.Write(FactColumns, store.Facts.All.Select(f => (IReadOnlyList<string?>)
    [
        f.Fact.Kind, f.Edition.Id, f.Fact.Value, f.Fact.Text, f.Fact.Unit, f.Fact.Qualifier, f.Fact.Quote,
        origin + Urls.Block(f.Edition.Id, f.Section.Slug, f.Fact.BlockAnchor),
    ]));

    private static int Words(Edition edition) =>
        edition.AllBlocks().Sum(b => b.Block.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    private static IResult File(string csv, string name) =>
        Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", name);
}
