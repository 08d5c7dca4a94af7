using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>One browser context with one page; disposing closes the context.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>The context (permissions, cookies, viewport).</summary>
    public IBrowserContext Context { get; } = context;

    /// <summary>The page.</summary>
    public IPage Page { get; } = page;

    /// <summary>Closes the context and its page.</summary>
    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
