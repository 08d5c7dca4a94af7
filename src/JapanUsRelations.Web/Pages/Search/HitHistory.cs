namespace JapanUsRelations.Web.Pages.Search;

/// <summary>In which editions of its report a hit's passage stands, in words and as data.</summary>
/// <param name="Note">"2024 only, removed February 2026", "Since November 2024, in the latest edition", "Reworded February 2026".</param>
/// <param name="StandsIn">The editions of its report the passage stands in (as written or reworded), oldest first.</param>
/// <param name="FirstSeen">The first of them.</param>
/// <param name="LastSeen">The last of them.</param>
/// <param name="Latest">Its state in the newest edition of its report, with the link there.</param>
public sealed record HitHistory(string Note, IReadOnlyList<string> StandsIn, string FirstSeen, string LastSeen, PassageNow Latest);
