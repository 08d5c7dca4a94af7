using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>
/// The shared CRS corpus (<c>../shared/crs-corpus</c> beside the repository root): provider HTML as congress.gov
/// serves it, read where it lies at test time and never copied into the repository. Tests skip when it is absent.
/// </summary>
public static class CorpusFiles
{
    /// <summary>The corpus folder, whether or not it exists.</summary>
    public static string Directory { get; } = Path.GetFullPath(Path.Combine(Support.Seeds.Directory, "..", "..", "shared", "crs-corpus"));

    /// <summary>True when the corpus folder holds its HTML files.</summary>
    public static bool Available => System.IO.Directory.Exists(Directory) && System.IO.Directory.GetFiles(Directory, "*.html").Length > 0;

    /// <summary>The message a skipped corpus test shows.</summary>
    public static string SkipMessage => $"the CRS corpus is not at {Directory} (../shared/crs-corpus beside the repository); corpus tests skipped";

    /// <summary>Every corpus file's short name (report number and version, e.g. <c>IF10292v22</c>), as xunit data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in AllNames)
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>The thirteen files the corpus README lists, by short name.</summary>
    public static IReadOnlyList<string> AllNames { get; } =
    [
        "IF10292v22", "IF11218v21", "IF11346v35", "IF11357v6", "IF11365v4", "IF11755v20", "IF12173v11",
        "IF12595v33", "IF12760v7", "IN12668v2", "IN12668v3", "IN12669v3", "IN12669v5",
    ];

    /// <summary>Skips the calling test when the corpus is absent.</summary>
    public static void RequireCorpus() => Skip.IfNot(Available, SkipMessage);

    /// <summary>The full path of a corpus file by its short name (e.g. <c>IN12668v3</c>).</summary>
    public static string PathOf(string name)
    {
        RequireCorpus();
        return System.IO.Directory.GetFiles(Directory, name + "-*.html").Single();
    }

    /// <summary>A corpus file parsed alone, without a manifest entry (as a newly dropped-in edition is).</summary>
    public static Edition Parse(string name) => EditionParser.Parse(SeedFile.Load(PathOf(name)), manifest: null);
}
