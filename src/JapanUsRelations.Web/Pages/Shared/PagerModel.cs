using JapanUsRelations.Web.Infrastructure.Paging;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>What the pager partial (<c>_Pager.cshtml</c>) shows.</summary>
/// <param name="Paging">Where the page stands.</param>
/// <param name="Items">What the list holds, in words ("editions", "passages").</param>
/// <param name="Label">The nav's accessible name ("Pages of editions").</param>
public sealed record PagerModel(Pagination Paging, string Items, string Label);
