using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>The one handler of the comparison pages and their twins.</summary>
public sealed class CompareHandler(ComparisonService comparisons)
{
    /// <summary><c>/compare?a=&amp;b=</c>: the chooser; with both ids known, a redirect to their comparison.</summary>
    public Answer<CompareChoice> Chooser(string? a, string? b)
    {
        var catalog = comparisons.Catalog;
        string? problem = null;
        if (!string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b))
        {
            var left = catalog.Resolve(a);
            var right = catalog.Resolve(b);
            if (left is not null && right is not null)
            {
                return new Redirection(Urls.Compare(left.Id, right.Id), Permanent: false, "two editions chosen");
            }

            problem = $"There is no edition “{(left is null ? a : b)}”. Choose one from the lists.";
        }

        return new CompareChoice(
            catalog.Listed.Select(e => new EditionSummary(e)).ToList(),
            comparisons.Successive().Select(p => new SuccessivePair(p.Older, p.Newer, comparisons.ChangedShare(p.Older, p.Newer) ?? 0)).ToList(),
            a,
            b,
            problem);
    }

    /// <summary>The status of the chooser's answer: 404 when an id typed into it names no edition (the form is shown again, saying so).</summary>
    public static int StatusOf(Answer<CompareChoice> choice) =>
        choice?.Found?.Problem is null ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;

    /// <summary><c>/compare/{a}/{b}</c>: the comparison; year ids redirect to full ids.</summary>
    public Answer<ComparisonPage> Comparison(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var view = comparisons.Find(a, b);
        if (view is null)
        {
            var catalog = comparisons.Catalog;
            var unknown = NotFoundAnswers.Edition(catalog, catalog.Resolve(a) is null ? a : b, heading: "Editions that can be compared", purpose: "to compare");
            return unknown with { Available = [.. unknown.Available, new Link("Choose two editions", Urls.CompareChooser)] };
        }

        return view.Left.Id != a || view.Right.Id != b
            ? new Redirection(Urls.Compare(view.Left.Id, view.Right.Id), Permanent: false, "a year with one edition")
            : new ComparisonPage(view);
    }

    /// <summary>The JSON twins: <c>/api/compare</c> and <c>/api/compare/{a}/{b}</c>, each serialising the answer its page renders.</summary>
    public static void MapTwins(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/compare", (string? a, string? b, CompareHandler h) =>
        {
            var choice = h.Chooser(a, b);
            return Twin.Of(choice, StatusOf(choice));
        });
        app.MapGet("/api/compare/{a}/{b}", (string a, string b, CompareHandler h) => Twin.Of(h.Comparison(a, b)));
    }
}
