using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.History;

/// <summary>
/// A section through every edition of its report and the related reports on its subject
/// (<c>/editions/{id}/{section}/history</c> and its twin): one column per edition, oldest first, each marked against
/// the one before and linked to the full comparison; a window of <see cref="HistoryWindow.Size"/> columns at a time.
/// </summary>
/// <param name="Source">The edition asked for (not serialised).</param>
/// <param name="SourceSection">The section asked for (not serialised).</param>
/// <param name="Editions">Editions on the section's subject, every report's (the timeline the columns come from).</param>
/// <param name="Window">Which of the columns (all, or those that changed the section) are shown.</param>
/// <param name="ChangesOnly">True when only editions that changed the section, and only changed entries, are shown.</param>
/// <param name="Columns">The shown columns, oldest first.</param>
/// <param name="Names">How the page dates each edition, two of one month or day told apart (not serialised: the columns give ISO dates and ids).</param>
public sealed record SectionHistoryPage(
    [property: JsonIgnore] Edition Source,
    [property: JsonIgnore] Section SourceSection,
    int Editions,
    HistoryWindow Window,
    bool ChangesOnly,
    IReadOnlyList<HistoryColumn> Columns,
    [property: JsonIgnore] EditionNames Names)
{
    /// <summary>The edition asked for.</summary>
    public EditionSummary Edition => new(Source);

    /// <summary>The section's slug in the edition asked for.</summary>
    public string Section => SourceSection.Slug;

    /// <summary>Its heading as printed (null for an untitled lead).</summary>
    public string? Heading => SourceSection.Heading;

    /// <summary>The section's page.</summary>
    public string Url => Urls.Section(Source.Id, SourceSection.Slug);

    /// <summary>This history with every edition and entry.</summary>
    public string AllChangesUrl => Urls.SectionHistory(Source.Id, SourceSection.Slug);

    /// <summary>This history with only the editions that changed the section.</summary>
    public string ChangesOnlyUrl => Urls.SectionHistory(Source.Id, SourceSection.Slug, changesOnly: true);
}
