namespace JapanUsRelations.Web.Pages.Search;

/// <summary>Which editions a search looks in (<c>scope=</c>).</summary>
public enum SearchScope
{
    /// <summary>Every edition of every report, text later editions removed included (the default).</summary>
    All,

    /// <summary>Only the latest edition of each report (and the reference sources, which have no other edition).</summary>
    Latest,
}
