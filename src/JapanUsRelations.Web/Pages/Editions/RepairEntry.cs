namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A structure repair the parser made while reading the seed.</summary>
/// <param name="Kind">What kind of repair.</param>
/// <param name="Detail">What was repaired, in words.</param>
/// <param name="FirstLine">First seed line concerned.</param>
/// <param name="LastLine">Last seed line concerned.</param>
public sealed record RepairEntry(string Kind, string Detail, int FirstLine, int LastLine);
