using System.Globalization;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>
/// The sentences of a cited paragraph with their histories, from the store's <see cref="ParagraphLineage"/>: the
/// line the page shows under each ("This sentence first appears in November 2024; reworded in February 2026, 87 % of
/// words kept — see the change") and the twin's fields.
/// </summary>
public static class SentenceEntries
{
    /// <summary>Each sentence of <paramref name="paragraph"/>, naming editions by <paramref name="names"/> and linking changes to the comparisons of <paramref name="book"/>'s timeline.</summary>
    public static IReadOnlyList<SentenceEntry> Of(ParagraphLineage paragraph, EditionNames names, LineageBook book)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(book);
        return paragraph.Sentences.Select(s => Entry(s, names, book)).ToList();
    }

    /// <summary>Most changes a sentence's twin lists (the newest); <c>changeCount</c> gives them all.</summary>
    public const int MaxChanges = 20;

    /// <summary>Most changes its history line names one by one (the newest); earlier ones are counted, linked to the section's history.</summary>
    public const int ChangesInLine = 3;

    /// <summary>"87 % of words kept": a rewording never shows 100 % (its words may all stand, in another order or case).</summary>
    public static string Kept(double share) =>
        Math.Floor(Math.Min(share, 0.99) * 100).ToString("0", CultureInfo.InvariantCulture) + "\u00A0% of words kept";

    private static SentenceEntry Entry(SentenceLineage sentence, EditionNames names, LineageBook book)
    {
        var self = sentence.Place;
        var parts = new List<HistoryLinePart> { new($"This sentence first appears {names.In(sentence.FirstSeen)}", null, null) };
        var changed = new List<(SentenceStep Before, SentenceStep Step)>();
        SentenceStep? before = null;
        foreach (var step in sentence.History)
        {
            if (before is not null && step.IsChange)
            {
                changed.Add((before, step));
            }

            before = step.Places.Count > 0 ? step : before;
        }

        if (changed.Count > ChangesInLine)
        {
            int earlier = changed.Count - ChangesInLine;
            parts.Add(new HistoryLinePart(
                $"reworded in {earlier} edition{(earlier == 1 ? "" : "s")} up to {names.Name(changed[earlier - 1].Step.EditionId)}",
                Urls.SectionHistory(self.EditionId, self.SectionSlug, changesOnly: true), "see the section's history"));
        }

        var changes = new List<SentenceChangeEntry>();
        for (int i = Math.Max(0, changed.Count - MaxChanges); i < changed.Count; i++)
        {
            var (from, step) = changed[i];
            string change = ChangeUrl(book, from, step);
            var at = step.Places.Count > 0 ? step.Places[0] : null;
            changes.Add(new SentenceChangeEntry(
                step.EditionId, Word(step.Relation), Math.Round(step.Share, 3), at is null ? null : string.Join(" ", step.Places.Select(p => p.Text)),
                at is null ? null : Url(at), change));
            if (i >= changed.Count - ChangesInLine)
            {
                parts.Add(step.Relation == PassageRelation.Removed
                    ? new HistoryLinePart($"removed {names.In(step.EditionId)}", change, "see the change")
                    : new HistoryLinePart($"reworded {names.In(step.EditionId)}, {Kept(step.Share)}", change, "see the change"));
            }
        }

        if (changed.Count == 0 && sentence.LastSeen != sentence.FirstSeen)
        {
            parts.Add(new HistoryLinePart($"unchanged through {names.Name(sentence.LastSeen)}", null, null));
        }

        var latest = sentence.Latest;
        var there = latest.Places.Count > 0 ? latest.Places[0] : null;
        var latestEntry = new SentenceLatestEntry(
            latest.EditionId, latest.State.ToString().ToLowerInvariant(), there?.Anchor, there?.Sentence, there?.Text, there is null ? null : Url(there), latest.RemovedIn, names.Name(latest.EditionId));
        if (latest.EditionId != self.EditionId && there is not null)
        {
            parts.Add(new HistoryLinePart($"in the latest edition ({names.Name(latest.EditionId)}): {latestEntry.State}", latestEntry.Url, "read it there"));
        }

        var lineage = sentence.Lineage.Select(l => new SentenceLineageEntry(
            l.Place.EditionId, l.Place.Anchor, Url(l.Place), l.Place.Sentence, l.Place.Text, Word(l.Relation),
            l.Direction == LinkDirection.Earlier ? "earlier" : "later", Math.Round(l.Share, 3), names.Name(l.Place.EditionId))).ToList();
        return new SentenceEntry(
            sentence.Number, Urls.SentenceFragment(self.Anchor, sentence.Number), Url(self), sentence.Text, sentence.FirstSeen, sentence.LastSeen,
            changed.Count, changes, lineage, latestEntry, parts);
    }

    private static string Url(SentencePlace place) => Urls.Sentence(place.EditionId, place.SectionSlug, place.Anchor, place.Sentence);

    // The comparison showing `step` (from `before`), landing on the paragraph there (or, when its paragraph went too, where it stood).
    private static string ChangeUrl(LineageBook book, SentenceStep before, SentenceStep step)
    {
        string older = book.Predecessor(step.EditionId) ?? before.EditionId;
        string fragment = step.Paragraphs.Count > 0 ? CompareIds.Newer(step.Paragraphs[0].Anchor) : CompareIds.Older(before.Places[0].Anchor);
        return Urls.Compare(older, step.EditionId, fragment);
    }

    private static string Word(PassageRelation relation) => relation.ToString().ToLowerInvariant();
}
