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

    /// <summary>Injects axe and runs every WCAG A/AA rule and best practice; returns the violations, described.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!File.Exists(ScriptPath))
        {
            throw new FileNotFoundException("axe-core is missing: run `npm ci` in tests/JapanUsRelations.Web.Tests/Browser (tests/run-all.sh does)", ScriptPath);
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' :: ' + n.failureSummary.replace(/\s+/g, ' ') : ''))
              }));
            }
            """);
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
