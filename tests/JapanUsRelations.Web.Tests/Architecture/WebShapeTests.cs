using System.Reflection;
using System.Text.RegularExpressions;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Architecture;

/// <summary>
/// The shape the web project keeps (docs/architecture.md): views render and never fetch, the store owns every query,
/// twins are named records, and a feature reaches another only through the store's records and the shared parts.
/// </summary>
public partial class WebShapeTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", "JapanUsRelations.Web");

    /// <summary>Every feature folder under <c>Pages/</c> (all but <c>Shared</c>).</summary>
    private static readonly string[] Features = Directory.GetDirectories(Path.Combine(Web, "Pages"))
        .Select(Path.GetFileName).OfType<string>().Where(d => d != "Shared").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void No_partial_injects_a_service()
    {
        var partials = Directory.GetFiles(Path.Combine(Web, "Pages"), "_*.cshtml", SearchOption.AllDirectories);
        partials.Should().NotBeEmpty();
        partials.Where(p => File.ReadAllText(p).Contains("@inject", StringComparison.Ordinal)).Should().BeEmpty("partials get their data from their page's model");
    }

    [Fact]
    public void The_web_project_holds_no_sql()
    {
        SourceFiles().Where(f => Sql().IsMatch(File.ReadAllText(f))).Should().BeEmpty("every SELECT lives in JapanUsRelations.Store");
    }

    [Fact]
    public void No_twin_is_an_anonymous_object()
    {
        SourceFiles().Where(f => AnonymousObject().IsMatch(File.ReadAllText(f))).Should().BeEmpty("JSON contracts are named records");
        var handlers = typeof(EditionsApp).Assembly.GetTypes().Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal)).ToList();
        Features.Should().Contain(["Cite", "Compare", "Editions", "Facts", "Search", "Topics"]);
        handlers.Select(h => h.Name).Should().BeEquivalentTo(Features.Select(f => f + "Handler"), "one handler per feature folder, one method per route");
        foreach (var method in handlers.SelectMany(h => h.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
        {
            var record = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Answer<>)
                ? method.ReturnType.GetGenericArguments()[0]
                : method.ReturnType;
            record.GetMethod("<Clone>$").Should().NotBeNull($"{method.DeclaringType!.Name}.{method.Name} answers a named record, {record.Name}");
        }
    }

    [Fact]
    public void No_feature_depends_on_the_outputs_composed_over_features()
    {
        // Outputs (Atom feeds, comparison exports, CSV downloads) are other renderings composed over several
        // features' answers; they may use the features, never the reverse.
        foreach (string feature in Features)
        {
            foreach (string file in Directory.GetFiles(Path.Combine(Web, "Pages", feature), "*.cs*", SearchOption.AllDirectories))
            {
                Regex.IsMatch(File.ReadAllText(file), @"\bOutputs\.").Should().BeFalse($"{Path.GetFileName(file)} of {feature} must not depend on Outputs");
            }
        }
    }

    [Fact]
    public void A_feature_never_reaches_into_another_feature()
    {
        foreach (string feature in Features)
        {
            foreach (string file in Directory.GetFiles(Path.Combine(Web, "Pages", feature), "*.cs*", SearchOption.AllDirectories))
            {
                string text = File.ReadAllText(file);
                Features.Where(other => other != feature && Regex.IsMatch(text, $@"\bPages\.{other}\b|/Pages/{other}/"))
                    .Should().BeEmpty($"{Path.GetFileName(file)} of {feature} goes through the store's records and Pages/Shared, not another feature");
            }
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(Web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)));

    [GeneratedRegex(@"\bSELECT\b[^;]*\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bDapper\b|\bSqlite\w*")]
    private static partial Regex Sql();

    [GeneratedRegex(@"\bnew\s*\{")]
    private static partial Regex AnonymousObject();
}
