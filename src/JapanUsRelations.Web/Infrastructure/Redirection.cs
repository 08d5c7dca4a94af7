namespace JapanUsRelations.Web.Infrastructure;

/// <summary>A handler's redirect: where the asked-for page lives, and why. The twin redirects to the same path under /api.</summary>
/// <param name="To">The page path (built by <see cref="Urls"/>), e.g. <c>/editions/2018</c>.</param>
/// <param name="Permanent">True (301) when the old URL will never answer again, e.g. a renamed section.</param>
/// <param name="Reason">Why, in words (logged, documented): "a year with one edition", "section renamed".</param>
public sealed record Redirection(string To, bool Permanent, string Reason);
