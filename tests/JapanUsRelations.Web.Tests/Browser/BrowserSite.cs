using JapanUsRelations.Web.Tests.Support;
using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// The real site on a real Kestrel port plus one headless Debian Chromium driven by Playwright, shared by every
/// browser test. Each test opens its own context (viewport, colour scheme, script on or off) and closes it.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright's own browser downloads are not possible here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--font-render-hinting=none", "--hide-scrollbars",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>
    /// How long one step (an action, a navigation's arrival, an assertion that waits) may take. Generous: CI runs the
    /// three test assemblies side by side on two shared cores (fuzz, kill -9 and load tests beside the browser), and a
    /// first render under that load can take many seconds. A step that never completes still fails.
    /// </summary>
    public const float StepTimeout = 45_000;

    /// <summary>Desktop viewport of the tests and screenshots.</summary>
    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 900 };

    /// <summary>Phone viewport of the tests and screenshots.</summary>
    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    /// <summary>The running site.</summary>
    public RunningSite Site { get; } = new();

    /// <summary>The shared browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    /// <summary>Starts the site and the browser.</summary>
    public async Task InitializeAsync()
    {
        await Site.InitializeAsync();
        Assertions.SetDefaultExpectTimeout(StepTimeout); // web-first assertions (Expect) wait as long as any other step
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page in its own context; dispose the returned session to close both.</summary>
    public async Task<BrowserSession> OpenAsync(
        ViewportSize? viewport = null, ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true, bool reducedMotion = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.BaseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
            ColorScheme = colorScheme,
            JavaScriptEnabled = javaScript,
            ReducedMotion = reducedMotion ? ReducedMotion.Reduce : ReducedMotion.NoPreference,
            Locale = "en-US",
            TimezoneId = "UTC",
            DeviceScaleFactor = 1,
        });
        context.SetDefaultTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    /// <summary>Closes the browser and stops the site.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}
