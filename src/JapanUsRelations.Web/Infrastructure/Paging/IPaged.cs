namespace JapanUsRelations.Web.Infrastructure.Paging;

/// <summary>
/// A page's record that is one page of a list: the page renders its pager and <c>&lt;link rel="next|prev"&gt;</c>, and
/// page and twin alike send an HTTP <c>Link</c> header (<see cref="LinkHeader"/>).
/// </summary>
public interface IPaged
{
    /// <summary>Where the page stands in its list.</summary>
    Pagination Paging { get; }
}
