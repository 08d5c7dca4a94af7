using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// A page that renders its route handler's answer: the found record (<see cref="Record"/>), the redirect, or the
/// one helpful 404 page. Its JSON twin answers the same <see cref="Answer{T}"/> through <see cref="Twin.Of{T}"/>.
/// </summary>
/// <typeparam name="T">The found record.</typeparam>
public abstract class AnswerPage<T> : PageModel
    where T : class
{
    /// <summary>The record shown (set when the handler found it).</summary>
    public T Record { get; private set; } = null!;

    /// <summary>Renders an answer. <paramref name="keepQuery"/> carries this request's query (view options) over a redirect.</summary>
    protected IActionResult Render(Answer<T> answer, bool keepQuery = false)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Redirect is { } redirect)
        {
            string to = redirect.To + (keepQuery ? Request.QueryString.Value : "");
            return redirect.Permanent ? RedirectPermanent(to) : Redirect(to);
        }

        if (answer.NotFound is { } notFound)
        {
            return Pages.Shared.NotFoundPage.Render(this, notFound);
        }

        Record = answer.Found!;
        if (Record is Paging.IPaged paged)
        {
            ViewData[Paging.PagerLinks.ViewDataKey] = paged.Paging;
            Paging.LinkHeader.Add(Response, paged.Paging, static url => url);
        }

        ViewData["PrintUrl"] = HttpContext.RequestServices.GetService<SiteAddress>()?.Absolute(Request, Request.Path + Request.QueryString);
        ViewData[Twin.ViewDataKey] = Twin.Fingerprint(Record);
        CiteAs.Add(HttpContext, Record);
        return Page();
    }
}
