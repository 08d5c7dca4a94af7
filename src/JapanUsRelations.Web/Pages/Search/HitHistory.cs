namespace JapanUsRelations.Web.Pages.Search;

/// <summary>In which editions a hit's passage stands, in words and as data.</summary>
/// <param name="Note">"November 2024 only, removed February 2026", "Since November 2024, reworded February 2026; in the latest edition", "Reworded February 2026".</param>
/// <param name="StandsIn">The editions the passage stands in (as written or changed), in timeline order.</param>
/// <param name="FirstSeen">The first of them.</param>
/// <param name="LastSeen">The last of them.</param>
/// <param name="Changes">The editions that changed it after it first appeared, in timeline order.</param>
/// <param name="Latest">Its state in the newest edition of its report, with the link there.</param>
public sealed record HitHistory(string Note, IReadOnlyList<string> StandsIn, string FirstSeen, string LastSeen, IReadOnlyList<HitChange> Changes, PassageNow Latest);
