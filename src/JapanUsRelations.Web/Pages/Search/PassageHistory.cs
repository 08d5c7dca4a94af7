using System.Globalization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// Says, for a hit, in which editions of its report its passage stands and where it stands in the newest one. It
/// never overstates: a passage it cannot follow is "not in the latest edition as written", never "removed".
/// </summary>
public sealed class PassageHistory(ReadStore store)
{
    /// <summary>The history of a block of an edition.</summary>
    public HitHistory For(Edition edition, Block block)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(block);
        if (store.Editions.ReportOf(edition) is not { } report)
        {
            return new HitHistory("Reference article, undated: not an edition of a report", [edition.Id], edition.Id, edition.Id, new PassageNow("reference", edition.Id, null));
        }

        var standsIn = report.Editions.Where(e => e.Id == edition.Id || e.AllBlocks().Any(b => b.Block.Text == block.Text)).ToList();
        var latest = report.Latest;
        if (latest.Id == edition.Id)
        {
            string note = report.Editions.Count == 1 ? "The only edition of its report"
                : standsIn[0].Id == edition.Id ? $"New in {When(edition)}, in the latest edition"
                : $"Since {When(standsIn[0])}, in the latest edition";
            return new HitHistory(note, Ids(standsIn), standsIn[0].Id, edition.Id, new PassageNow("latest", edition.Id, UrlOf(edition, block.Anchor)));
        }

        if (standsIn[^1].Id == latest.Id && latest.AllBlocks().FirstOrDefault(b => b.Block.Text == block.Text) is { Block: { } now })
        {
            return new HitHistory($"Since {When(standsIn[0])}, unchanged in the latest edition ({When(latest)})", Ids(standsIn), standsIn[0].Id, latest.Id, new PassageNow("unchanged", latest.Id, UrlOf(latest, now.Anchor)));
        }

        return new HitHistory($"{Span(standsIn)}; not in the latest edition ({When(latest)}) as written", Ids(standsIn), standsIn[0].Id, standsIn[^1].Id, new PassageNow("changed", latest.Id, null));
    }

    private static List<string> Ids(IEnumerable<Edition> editions) => editions.Select(e => e.Id).ToList();

    private static string? UrlOf(Edition edition, string anchor) =>
        edition.AllBlocks().FirstOrDefault(b => b.Block.Anchor == anchor) is { Section: { } section } ? Urls.Block(edition.Id, section.Slug, anchor) : null;

    private static string Span(IReadOnlyList<Edition> standsIn) =>
        standsIn.Count == 1 ? $"{When(standsIn[0])} only" : $"{When(standsIn[0])} to {When(standsIn[^1])}";

    /// <summary>"February 2026", "2018", "undated".</summary>
    internal static string When(Edition edition) => edition.Published is not { } d ? "undated" : edition.DatePrecision switch
    {
        DatePrecision.Day or DatePrecision.Month => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => d.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}
