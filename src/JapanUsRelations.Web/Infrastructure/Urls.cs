namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The one URL builder. Every link the site hands out is made here, and every page's JSON twin is the same path
/// under <c>/api</c> (<see cref="Api"/>).
/// </summary>
public static class Urls
{
    /// <summary>Home.</summary>
    public const string Home = "/";

    /// <summary>The editions list.</summary>
    public const string Editions = "/editions";

    /// <summary>The comparison chooser.</summary>
    public const string CompareChooser = "/compare";

    /// <summary>Every report with its editions.</summary>
    public const string Reports = "/reports";

    /// <summary>All topics.</summary>
    public const string Topics = "/topics";

    /// <summary>All facts.</summary>
    public const string Facts = "/facts";

    /// <summary>Search page.</summary>
    public const string SearchPage = "/search";

    /// <summary>An edition.</summary>
    public static string Edition(string editionId) => $"/editions/{Escape(editionId)}";

    /// <summary>One report's timeline of editions: <c>/reports/IF10199</c>.</summary>
    public static string Report(string reportKey) => $"{Reports}/{Escape(reportKey)}";

    /// <summary>The editions list narrowed to one day or year, where a bare date names several editions.</summary>
    public static string EditionsOn(string dayOrYear) => $"{Editions}?on={Uri.EscapeDataString(dayOrYear)}";

    /// <summary>A section of an edition.</summary>
    public static string Section(string editionId, string sectionSlug) => $"{Edition(editionId)}/{Escape(sectionSlug)}";

    /// <summary>
    /// A section through every edition on its subject: <c>/editions/{id}/{section}/history</c>, optionally the window
    /// starting at edition <paramref name="from"/> and only the editions that changed it.
    /// </summary>
    public static string SectionHistory(string editionId, string sectionSlug, string? from = null, bool changesOnly = false)
    {
        var query = new List<string>();
        if (from is not null)
        {
            query.Add("from=" + Uri.EscapeDataString(from));
        }

        if (changesOnly)
        {
            query.Add("show=changes-only");
        }

        return $"{Section(editionId, sectionSlug)}/history" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    /// <summary>A paragraph (or table, or list) of an edition, by anchor within its section page.</summary>
    public static string Block(string editionId, string sectionSlug, string anchor) => $"{Section(editionId, sectionSlug)}#{Escape(anchor)}";

    /// <summary>The comparison of two editions, optionally landing on a section of the newer one.</summary>
    public static string Compare(string olderId, string newerId, string? sectionSlug = null) =>
        $"/compare/{Escape(olderId)}/{Escape(newerId)}" + (sectionSlug is null ? "" : "#" + Escape(sectionSlug));

    /// <summary>A comparison as a download: <c>html</c> (standalone) or <c>markdown</c> (CriticMarkup).</summary>
    public static string CompareExport(string olderId, string newerId, string format) =>
        $"{Compare(olderId, newerId)}/export?format={Uri.EscapeDataString(format)}";

    /// <summary>A topic through time.</summary>
    public static string Topic(string slug) => $"/topics/{Escape(slug)}";

    /// <summary>The newest edition's passage on a topic (redirects to its permalink).</summary>
    public static string TopicLatest(string slug) => $"{Topic(slug)}/latest";

    /// <summary>One fact kind through time.</summary>
    public static string Fact(string kind) => $"/facts/{Escape(kind)}";

    /// <summary>A search.</summary>
    public static string Search(string query) => $"/search?q={Uri.EscapeDataString(query)}";

    /// <summary>The "Cite this" page of an edition, section or paragraph: <c>/cite/{edition}[/{section}[/{anchor}]]</c>.</summary>
    public static string Cite(string editionId, string? sectionSlug = null, string? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(editionId);
        if (anchor is not null && sectionSlug is null)
        {
            throw new ArgumentException("An anchor is cited within its section.", nameof(anchor));
        }

        string url = "/cite/" + Escape(editionId);
        url += sectionSlug is null ? "" : "/" + Escape(sectionSlug);
        return url + (anchor is null ? "" : "/" + Escape(anchor));
    }

    /// <summary>
    /// The fragment id of sentence <paramref name="number"/> (from 1) of a paragraph on its cite page:
    /// <c>p1-s3</c>, unique on the page and stable as long as the paragraph's anchor and text are.
    /// </summary>
    public static string SentenceFragment(string anchor, int number)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return $"{anchor}-s{number}";
    }

    /// <summary>A sentence of a paragraph: the paragraph's cite page, landing on the sentence (<c>/cite/2026-02-05/overview/p1#p1-s3</c>).</summary>
    public static string Sentence(string editionId, string sectionSlug, string anchor, int number) =>
        $"{Cite(editionId, sectionSlug, anchor)}#{Escape(SentenceFragment(anchor, number))}";

    /// <summary>Every edition as CSV.</summary>
    public const string EditionsCsv = "/downloads/editions.csv";

    /// <summary>Every fact value as CSV.</summary>
    public const string FactsCsv = "/downloads/facts.csv";

    /// <summary>The Atom feed of every new edition.</summary>
    public const string EditionsFeed = "/feeds/editions.atom";

    /// <summary>The Atom feed of one report's editions.</summary>
    public static string ReportFeed(string reportKey) => $"/feeds/reports/{Escape(reportKey)}.atom";

    /// <summary>The Atom feed of changes touching a topic.</summary>
    public static string TopicFeed(string slug) => $"/feeds/topics/{Escape(slug)}.atom";

    /// <summary>The Atom feed of a fact's value changing.</summary>
    public static string FactFeed(string kind) => $"/feeds/facts/{Escape(kind)}.atom";

    /// <summary>The JSON twin of a page path ("/editions/2018" → "/api/editions/2018").</summary>
    public static string Api(string pagePath)
    {
        ArgumentNullException.ThrowIfNull(pagePath);
        string path = pagePath.Split('#')[0];
        return path == "/" ? "/api" : "/api" + path;
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
