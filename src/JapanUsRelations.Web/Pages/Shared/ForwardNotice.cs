using System.Text.Json.Serialization;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>
/// What a reader arriving at an older edition's section is told (and its twin gives as <c>latest</c>): a newer
/// edition of the report exists, whether this section stands there unchanged, changed or was removed, and where.
/// </summary>
/// <param name="Edition">The newest edition's id.</param>
/// <param name="Date">Its date, as readers write it ("February 5, 2026"), told apart from the other editions on its subject (<see cref="EditionNames.Date(string)"/>).</param>
/// <param name="State"><c>unchanged</c>, <c>changed</c> or <c>removed</c>, since this edition.</param>
/// <param name="Url">The section in the newest edition; null when removed.</param>
/// <param name="RemovedIn">For a removed section, the edition that dropped it; otherwise null.</param>
/// <param name="Change">For a removed section, the comparison that shows it go; otherwise null.</param>
/// <param name="History">The section's history page.</param>
/// <param name="Reading">The date of the edition being read, told apart from the newest as <see cref="EditionNames.Date(string)"/> is (not serialised).</param>
public sealed record ForwardNotice(string Edition, string Date, string State, string? Url, string? RemovedIn, string? Change, string History, [property: JsonIgnore] string Reading)
{
    /// <summary>The state of a section that stands in the newest edition as it is here.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>The state of a section that stands in the newest edition changed (its text, or a subsection's).</summary>
    public const string Changed = "changed";

    /// <summary>The notice for the section <paramref name="slug"/> of <paramref name="editionId"/>, or null when its edition is the newest (or there is no lineage).</summary>
    public static ForwardNotice? For(SectionHistory? history, string editionId, string slug, EditionNames names, LineageBook book)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(book);
        if (history is null)
        {
            return null;
        }

        var columns = history.Columns;
        int at = columns.ToList().FindIndex(c => c.EditionId == editionId);
        if (at < 0 || at == columns.Count - 1)
        {
            return null;
        }

        var last = columns[^1];
        string date = names.Date(last.EditionId);
        string reading = names.Date(editionId);
        string historyUrl = Urls.SectionHistory(editionId, slug);
        if (last.Slug is { } there)
        {
            string state = columns.Skip(at + 1).Any(c => c.HasChanges) ? Changed : Unchanged;
            return new ForwardNotice(last.EditionId, date, state, Urls.Section(last.EditionId, there), null, null, historyUrl, reading);
        }

        int removed = columns.ToList().FindIndex(at + 1, c => !c.IsPresent);
        string removedIn = columns[removed].EditionId;
        string? goneFrom = columns[removed - 1].Slug;
        string change = Urls.Compare(book.Predecessor(removedIn) ?? columns[removed - 1].EditionId, removedIn, goneFrom);
        return new ForwardNotice(last.EditionId, date, "removed", null, removedIn, change, historyUrl, reading);
    }
}
