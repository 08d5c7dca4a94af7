namespace JapanUsRelations.Ingestion.Tests.Support;

/// <summary>The shared CRS corpus (provider HTML), read at test time from beside the checkout, never copied in.</summary>
public static class Corpus
{
    /// <summary>The corpus folder: <c>../shared/crs-corpus</c> from the repository root, else /work/shared/crs-corpus.</summary>
    public static string Directory { get; } = Find();

    private static string Find()
    {
        string root = Path.GetDirectoryName(Seeds.Directory)!;
        string beside = Path.GetFullPath(Path.Combine(root, "..", "shared", "crs-corpus"));
        return System.IO.Directory.Exists(beside) ? beside : "/work/shared/crs-corpus";
    }
}
