using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>A link as lists show it: its label, the page and the page's JSON twin.</summary>
/// <param name="Label">The words linked.</param>
/// <param name="Url">The page.</param>
public sealed record Link(string Label, string Url)
{
    /// <summary>The page's JSON twin.</summary>
    public string Api => Urls.Api(Url);
}
