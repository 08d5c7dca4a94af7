using JapanUsRelations.Web.Tests.Support;
using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// Writes the README's screenshots to <c>docs/screenshots/</c>, only when <c>UPDATE_SCREENSHOTS=1</c>, so a test run
/// from a clean clone never dirties the tree. Without it the screenshot is still taken (into memory) and checked.
/// </summary>
public static class Screenshots
{
    /// <summary>Whether this run refreshes the committed screenshots.</summary>
    public static bool Updating { get; } = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1";

    /// <summary>The committed screenshots' folder.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "docs", "screenshots");

    /// <summary>Takes a screenshot of the viewport (or the full page); returns the PNG bytes.</summary>
    public static async Task<byte[]> TakeAsync(IPage page, string name, bool fullPage = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var options = new PageScreenshotOptions { FullPage = fullPage, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide };
        if (Updating)
        {
            Directory.CreateDirectory(Folder);
            options.Path = Path.Combine(Folder, name + ".png");
        }

        return await page.ScreenshotAsync(options);
    }
}
