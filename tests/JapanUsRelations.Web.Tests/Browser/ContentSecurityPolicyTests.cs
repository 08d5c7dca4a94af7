namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>
/// In real Chromium, under the site's strict Content-Security-Policy, no page type triggers a policy violation: the
/// site's own scripts and styles all come from its files, so the policy blocks nothing a reader needs.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityPolicyTests(BrowserSite browser)
{
    [Fact]
    public async Task No_page_type_triggers_a_content_security_policy_violation_in_chromium()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        foreach (var (_, path, status, _) in SitePages.All)
        {
            // Every subresource fetched (or blocked) before the next page: the browser side waits, not the client's copy of the load states (see Navigation).
            var response = await page.GotoAsync(path, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
            response!.Status.Should().Be(status, path);
            response.Headers["content-security-policy"].Should().Contain("script-src 'self'");
        }

        violations.Should().BeEmpty();
    }
}
