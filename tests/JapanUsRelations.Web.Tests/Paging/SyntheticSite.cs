using JapanUsRelations.SyntheticCorpus;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Paging;

/// <summary>
/// A running site over 60 synthetic editions of IF10199 (tests/JapanUsRelations.SyntheticCorpus, seed 12), generated
/// and ingested into a temporary folder for the class: enough editions that every paged list has several pages.
/// </summary>
public sealed class SyntheticSite : FolderSite
{
    /// <summary>How many editions the corpus holds.</summary>
    public const int Editions = 60;

    /// <inheritdoc />
    protected override void Fill(string folder) => CorpusGenerator.Generate(RepositoryPaths.Seeds, folder, new CorpusOptions { Editions = Editions, Seed = 12 });
}
