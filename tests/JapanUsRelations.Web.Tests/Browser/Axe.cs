using System.Globalization;
using System.Text;
using System.Text.Json;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Playwright;

namespace JapanUsRelations.Web.Tests.Browser;

/// <summary>Runs axe-core (pinned in package.json, installed by <c>npm ci</c>) inside a page.</summary>
public static class Axe
{
    /// <summary>axe-core's script, from the npm install next to these tests.</summary>
    public static string ScriptPath { get; } =
        Path.Combine(RepositoryPaths.Root, "tests", "JapanUsRelations.Web.Tests", "Browser", "node_modules", "axe-core", "axe.min.js");

    /// <summary>
    /// Injects axe (once per document) and runs its default rule set (WCAG 2.x A/AA and best practices), or with
    /// <paramref name="coloursOnly"/> just the rules a colour scheme can change; returns the violations, described.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, bool coloursOnly = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!File.Exists(ScriptPath))
        {
            throw new FileNotFoundException("axe-core is missing: run `npm ci` in tests/JapanUsRelations.Web.Tests/Browser (tests/run-all.sh does)", ScriptPath);
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated through the DevTools protocol, not added as an inline <script>: the site's Content-Security-Policy
            // (script-src 'self') rightly blocks inline script, and the tests must run under the policy readers get.
            await page.EvaluateAsync("() => {\n" + await File.ReadAllTextAsync(ScriptPath) + "\n}");
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async (coloursOnly) => {
              const options = { resultTypes: ['violations'] };
              if (coloursOnly) { options.runOnly = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }; }
              const result = await axe.run(document, options);
              return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' :: ' + n.failureSummary.replace(/\s+/g, ' ') : ''))
              }));
            }
            """, coloursOnly);
        return [.. violations.EnumerateArray().Select(Describe)];
    }

    private static string Describe(JsonElement violation)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{violation.GetProperty("id").GetString()} ({violation.GetProperty("impact")}): {violation.GetProperty("help").GetString()}");
        foreach (var target in violation.GetProperty("targets").EnumerateArray().Take(5))
        {
            text.Append("\n    at ").Append(target.GetString());
        }

        return text.ToString();
    }
}
