using JapanUsRelations.Ingestion;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Comparison.Tests.Corpus;

/// <summary>
/// Editions from the shared CRS corpus (<c>../shared/crs-corpus</c> beside the repository root), parsed where they
/// lie at test time; tests using them skip, saying so, when the folder is absent.
/// </summary>
public static class CorpusEditions
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "crs-corpus"));

    private static readonly ComparisonCache Cache = new();

    /// <summary>The corpus's reports that come in two editions, older first, as xunit data.</summary>
    public static TheoryData<string, string> TwoEditionReports() => new() { { "IN12668v2", "IN12668v3" }, { "IN12669v3", "IN12669v5" } };

    /// <summary>One corpus file parsed alone (short name, e.g. <c>IN12668v3</c>); skips the test when the corpus is absent.</summary>
    public static Edition Parse(string name)
    {
        Skip.IfNot(Directory.Exists(Folder), $"the CRS corpus is not at {Folder} (../shared/crs-corpus beside the repository); corpus tests skipped");
        string path = Directory.GetFiles(Folder, name + "-*.html").Single();
        return EditionParser.Parse(SeedFile.Load(path), manifest: null);
    }

    /// <summary>The comparison of two corpus editions (older first).</summary>
    public static EditionComparison Compare(string older, string newer) => Cache.Get(Parse(older), Parse(newer));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("seeds/ not found above the test binaries");
    }
}
