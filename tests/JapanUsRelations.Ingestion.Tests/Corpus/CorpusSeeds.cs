using JapanUsRelations.Ingestion.Tests.Support;

namespace JapanUsRelations.Ingestion.Tests.Corpus;

/// <summary>Drops corpus files into a temporary seeds folder, as a reader drops a new edition into <c>seeds/</c>.</summary>
public static class CorpusSeeds
{
    /// <summary>Copies the named corpus files (all of them when none are named) into the folder, under their own names.</summary>
    public static void DropInto(TempSeeds seeds, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        foreach (var name in names.Length == 0 ? CorpusFiles.AllNames : names)
        {
            string path = CorpusFiles.PathOf(name);
            seeds.Write(Path.GetFileName(path), File.ReadAllBytes(path));
        }
    }
}
