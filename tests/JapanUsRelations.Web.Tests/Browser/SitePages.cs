namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>One page of every type the site serves, with the status it answers and the screenshot name it gets.</summary>
public static class SitePages
{
    /// <summary>(page type, path, expected status, screenshot name or null).</summary>
    public static IReadOnlyList<(string Type, string Path, int Status, string? Screenshot)> All { get; } =
    [
        ("home", "/", 200, "home"),
        ("editions list", "/editions", 200, "editions"),
        ("reports", "/reports", 200, "reports"),
        ("report", "/reports/IF10199", 200, "report"),
        ("edition", "/editions/2026-02-05", 200, "edition"),
        ("edition without headings", "/editions/2018", 200, null),
        ("reference source", "/editions/japan-united-states-relations", 200, null),
        ("section", "/editions/2026-02-05/china#p9", 200, "section"),
        ("older section, landed on a paragraph removed since", "/editions/2024-11-05/russia-and-ukraine#p9", 200, "forward"),
        ("section history", "/editions/2026-02-05/overview/history", 200, "history"),
        ("compare chooser", "/compare", 200, null),
        ("comparison, side by side (automatic view on a wide screen)", "/compare/2024-11-05/2026-02-05#china", 200, "compare"),
        ("comparison, inline", "/compare/2024-11-05/2026-02-05?view=inline#china", 200, "compare-inline"),
        ("comparison, changes only", "/compare/2016-03-11/2018?view=changes", 200, null),
        ("topics", "/topics", 200, "topics"),
        ("topic", "/topics/okinawa-and-bases", 200, "topic"),
        ("facts", "/facts", 200, "facts"),
        ("fact", "/facts/us-troops-in-japan", 200, "fact"),
        ("search results", "/search?q=Okinawa", 200, "search"),
        ("cite", "/cite/2026-02-05/china/p9", 200, null), // shows the random test port and today's date: no screenshot
        ("404", "/editions/1999", 404, "not-found"),
    ];

    /// <summary>The pages as xunit theory data (type, path).</summary>
    public static TheoryData<string, string> Theory()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in All)
        {
            data.Add(page.Type, page.Path);
        }

        return data;
    }

    /// <summary>The status a page type answers.</summary>
    public static int StatusOf(string type) => All.Single(p => p.Type == type).Status;
}
