using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// A reader's step that moves the page (a click on a link, Enter in a search box, a key the page script turns into
/// a new fragment), and the wait until the page has arrived. Every browser test navigates through here.
/// <para>
/// Both waits are questions the browser side answers: the URL the frame has committed (web-first
/// <c>Expect(page).ToHaveURLAsync</c>), then the new document's own <c>readyState</c>. Neither reads the .NET client's
/// copy of the frame's URL and load states: in Microsoft.Playwright 1.64.1, <c>WaitForURLAsync</c>,
/// <c>WaitForLoadStateAsync</c> and <c>WaitForNavigationAsync</c> look at that copy and only then subscribe to its next
/// change, without a lock, while the connection's reader thread applies the events it has just received. An event
/// that lands in between is lost and the wait sits out its whole timeout on a page that arrived long ago: under CPU
/// load, now and then, a 45 s stall whose log shows only <c>waiting for navigation to "…"</c> (the "navigated" event
/// came while the waiter was being set up, which captures a stack trace) or only <c>"NetworkIdle" event fired</c>
/// (the "load" came between the check and the subscription). Those calls are banned in this project
/// (BannedSymbols.txt).
/// </para>
/// </summary>
public static class Navigation
{
    private const string DocumentLoaded = "() => document.readyState === 'complete'";

    /// <summary>
    /// Does <paramref name="step"/>, then waits until the page is at <paramref name="path"/> and that document has
    /// loaded. The path is read like a link's href, against the page's URL ("/editions/2026-02-05", "#p9"), and the
    /// whole URL, query and fragment too, must match exactly.
    /// </summary>
    public static async Task FollowAsync(this IPage page, Func<Task> step, string path)
    {
        string target = new Uri(new Uri(page.Url), path).AbsoluteUri;
        ThrowIfAlreadyThere(page, target == page.Url, path);
        await step();
        await Assertions.Expect(page).ToHaveURLAsync(target, new() { Timeout = BrowserSite.StepTimeout });
        await WaitForDocumentAsync(page);
    }

    /// <summary>
    /// Does <paramref name="step"/>, then waits until the page's URL matches <paramref name="url"/> and that document
    /// has loaded (for URLs the browser builds, such as a submitted form's query).
    /// </summary>
    public static async Task FollowAsync(this IPage page, Func<Task> step, Regex url)
    {
        ArgumentNullException.ThrowIfNull(url);
        ThrowIfAlreadyThere(page, url.IsMatch(page.Url), url.ToString());
        await step();
        await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = BrowserSite.StepTimeout });
        await WaitForDocumentAsync(page);
    }

    // Evaluated in the committed document (its predecessor's contexts are gone by then); a fragment step keeps the
    // document, which is already complete.
    private static Task WaitForDocumentAsync(IPage page) =>
        page.WaitForFunctionAsync(DocumentLoaded, null, new() { Timeout = BrowserSite.StepTimeout, PollingInterval = 50 });

    // A page already at the target would pass both waits before the step has done anything.
    private static void ThrowIfAlreadyThere(IPage page, bool alreadyThere, string target)
    {
        if (alreadyThere)
        {
            throw new InvalidOperationException($"The page is already at {target} ({page.Url}): waiting for it would prove nothing.");
        }
    }
}
