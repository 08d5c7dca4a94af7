using System.Text.Json.Serialization;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>
/// One sentence of a cited paragraph with its own history, as the cite page lists it and its twin gives it
/// (<c>sentences</c>). Made from the sentence links stored at ingestion.
/// </summary>
/// <param name="Number">Its number in the paragraph, from 1 (as the stored links number it).</param>
/// <param name="Id">Its fragment id on the page (<c>p1-s3</c>).</param>
/// <param name="Url">Its own link: the cite page landing on it.</param>
/// <param name="Text">Its text, exactly the source's.</param>
/// <param name="FirstSeen">The earliest edition it (or a sentence it came from) stands in.</param>
/// <param name="LastSeen">The latest edition it (or a sentence it became) stands in.</param>
/// <param name="ChangeCount">How many editions after its first reworded or removed it.</param>
/// <param name="Changes">The newest <see cref="SentenceEntries.MaxChanges"/> of them, oldest first.</param>
/// <param name="Lineage">Its counterparts in the linked paragraphs of the edition before and the editions after.</param>
/// <param name="Latest">Its state in the newest edition of its report.</param>
/// <param name="Parts">The history line's clauses (not serialised; see <see cref="History"/>).</param>
public sealed record SentenceEntry(
    int Number,
    string Id,
    string Url,
    string Text,
    string FirstSeen,
    string LastSeen,
    int ChangeCount,
    IReadOnlyList<SentenceChangeEntry> Changes,
    IReadOnlyList<SentenceLineageEntry> Lineage,
    SentenceLatestEntry Latest,
    [property: JsonIgnore] IReadOnlyList<HistoryLinePart> Parts)
{
    /// <summary>The history line the page shows under it: "This sentence first appears in November 2024; reworded in February 2026 …".</summary>
    public string History => string.Join("; ", Parts.Select(p => p.ToString()));

    /// <summary>Its counterparts in the edition before (none when new there).</summary>
    [JsonIgnore]
    public IEnumerable<SentenceLineageEntry> Earlier => Lineage.Where(l => l.Direction == "earlier");

    /// <summary>Its counterparts in the editions after (none when removed, or in the newest edition).</summary>
    [JsonIgnore]
    public IEnumerable<SentenceLineageEntry> Later => Lineage.Where(l => l.Direction == "later");
}
