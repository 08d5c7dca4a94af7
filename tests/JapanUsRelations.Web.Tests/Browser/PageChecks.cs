using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>Small questions asked of a page in the browser.</summary>
public static class PageChecks
{
    /// <summary>The id of the element the URL fragment targets (CSS :target), or null.</summary>
    public static Task<string?> TargetIdAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.querySelector(':target')?.id ?? null");

    /// <summary>Whether the element's top edge is inside the viewport.</summary>
    public static Task<bool> TopIsInViewportAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>(
            "sel => { const r = document.querySelector(sel).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }", selector);

    /// <summary>How far the page is wider than the viewport, in CSS pixels (0 = no sideways scrolling).</summary>
    public static Task<int> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");

    /// <summary>The computed value of a CSS property of the first element matching the selector.</summary>
    public static Task<string> StyleAsync(IPage page, string selector, string property) =>
        page.EvaluateAsync<string>("([sel, prop]) => getComputedStyle(document.querySelector(sel)).getPropertyValue(prop)", new[] { selector, property });
}
