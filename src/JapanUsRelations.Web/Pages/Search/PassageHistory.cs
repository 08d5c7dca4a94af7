using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Search;

/// <summary>
/// Says, for a hit, in which editions its passage stands and what became of it in the newest edition, from the
/// passage lineage built at ingestion (<see cref="ReadStore.Lineage"/>). It never overstates: a reworded passage is
/// "reworded", not "removed"; over a database without lineage it compares exact text within the report and says a
/// passage it cannot follow is "not in the latest edition as written".
/// </summary>
public sealed class PassageHistory(ReadStore store)
{
    /// <summary>The history of a block of an edition.</summary>
    public HitHistory For(Edition edition, Block block)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(block);
        if (edition.Kind == EditionKind.Reference)
        {
            return new HitHistory("Reference article (undated): not an edition of a report", [edition.Id], edition.Id, edition.Id, [], new PassageNow("reference", edition.Id, null));
        }

        return store.Lineage.IsAvailable && store.Lineage.Passage(edition.Id, block.Anchor) is { } lineage
            ? FromLineage(edition, lineage)
            : FromExactText(edition, block);
    }

    private HitHistory FromLineage(Edition edition, PassageLineage lineage)
    {
        var standsIn = lineage.StandsIn.ToList();
        var timeline = lineage.History.Select(s => s.EditionId).ToList();
        var changes = lineage.History.Skip(1).Where(s => s.IsChange).Select(s => new HitChange(s.EditionId, Word(s.Relation))).ToList();
        var latest = lineage.Latest;
        string? there = latest.Places.Count > 0 ? Urls.Block(latest.EditionId, latest.Places[0].SectionSlug, latest.Places[0].Anchor) : null;
        string first = When(lineage.FirstSeen);
        if (latest.EditionId == edition.Id)
        {
            string note = store.Lineage.TimelineThrough(edition.Id).Count <= 1 ? "Only in this edition, the latest of its report"
                : lineage.FirstSeen == edition.Id ? $"New {EditionNames.Of(store).In(lineage.FirstSeen)}, in the latest edition"
                : $"Since {first}{(changes.Count > 0 ? ", " + Described(changes) : "")}; in the latest edition";
            return new HitHistory(note, standsIn, lineage.FirstSeen, lineage.LastSeen, changes, new PassageNow("latest", edition.Id, there));
        }

        int at = timeline.IndexOf(edition.Id);
        var later = changes.Where(c => timeline.IndexOf(c.Edition) > at).ToList();
        string newest = When(latest.EditionId);
        // The state named after what happened on the way (a section renamed around a reworded paragraph is not a move).
        string state = latest.State switch
        {
            PassageState.Removed => "removed",
            PassageState.Unchanged => "unchanged",
            _ => later.LastOrDefault(c => c.Relation != "removed")?.Relation ?? latest.State.ToString().ToLowerInvariant(),
        };
        string line = state switch
        {
            "removed" => (lineage.FirstSeen == lineage.LastSeen ? first + " only" : $"{first} to {When(lineage.LastSeen)}")
                + (later.Count > 1 ? $" ({Described(later.Where(c => c.Relation != "removed").ToList())})" : "")
                + $", removed {When(latest.RemovedIn ?? latest.EditionId)}",
            "unchanged" => $"Since {first}, unchanged in the latest edition ({newest})",
            _ => later.Count > 0 ? Capitalised(Described(later)) : $"{Capitalised(state)} in the latest edition ({newest})",
        };
        return new HitHistory(line, standsIn, lineage.FirstSeen, lineage.LastSeen, changes, new PassageNow(state, latest.EditionId, there));
    }

    private HitHistory FromExactText(Edition edition, Block block)
    {
        var report = store.Editions.ReportOf(edition);
        var editions = report?.Editions ?? [edition];
        var standsIn = editions.Where(e => e.Id == edition.Id || e.AllBlocks().Any(b => b.Block.Text == block.Text)).Select(e => e.Id).ToList();
        var latest = editions[^1];
        if (latest.Id == edition.Id)
        {
            string note = editions.Count == 1 ? "Only in this edition, the latest of its report"
                : standsIn[0] == edition.Id ? "In the latest edition; not in an earlier one as written"
                : $"Since {When(standsIn[0])} as written; in the latest edition";
            return new HitHistory(note, standsIn, standsIn[0], edition.Id, [], new PassageNow("latest", edition.Id, UrlOf(edition, block.Anchor)));
        }

        if (standsIn[^1] == latest.Id && latest.AllBlocks().FirstOrDefault(b => b.Block.Text == block.Text) is { Block: { } now })
        {
            return new HitHistory($"Since {When(standsIn[0])}, unchanged in the latest edition ({When(latest)})", standsIn, standsIn[0], latest.Id, [], new PassageNow("unchanged", latest.Id, UrlOf(latest, now.Anchor)));
        }

        string span = standsIn.Count == 1 ? $"{When(standsIn[0])} only" : $"{When(standsIn[0])} to {When(standsIn[^1])}";
        return new HitHistory($"{span}; not in the latest edition ({When(latest)}) as written", standsIn, standsIn[0], standsIn[^1], [], new PassageNow("changed", latest.Id, null));
    }

    private static string? UrlOf(Edition edition, string anchor) =>
        edition.AllBlocks().FirstOrDefault(b => b.Block.Anchor == anchor) is { Section: { } section } ? Urls.Block(edition.Id, section.Slug, anchor) : null;

    private string Described(IReadOnlyList<HitChange> changes) => string.Join(", ", changes.Select(c => $"{c.Relation} {When(c.Edition)}"));

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Word(PassageRelation relation) => relation.ToString().ToLowerInvariant();

    // Editions named as every history line names them: month and year, the full date where two on the subject share a month.
    private string When(string editionId) => EditionNames.Of(store).Name(editionId);

    private string When(Edition edition) => EditionNames.Of(store).Name(edition);
}
