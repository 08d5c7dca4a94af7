namespace JapanUsRelations.Ingestion.Tests.Support;

/// <summary>A temporary seeds folder (a copy of the real seeds, or empty) with a data folder beside it.</summary>
public sealed class TempSeeds : IDisposable
{
    /// <summary>Creates the folder, copying the real seeds into it when <paramref name="copyRealSeeds"/> is true.</summary>
    public TempSeeds(bool copyRealSeeds = true)
    {
        Directory.CreateDirectory(SeedsPath);
        Directory.CreateDirectory(DataPath);
        if (copyRealSeeds)
        {
            foreach (string file in System.IO.Directory.GetFiles(Seeds.Directory))
            {
                File.Copy(file, System.IO.Path.Combine(SeedsPath, System.IO.Path.GetFileName(file)));
            }
        }
    }

    /// <summary>The root of this temporary tree.</summary>
    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jur-seeds-" + Guid.NewGuid().ToString("N"));

    /// <summary>The seeds folder.</summary>
    public string SeedsPath => System.IO.Path.Combine(Root, "seeds");

    /// <summary>The data folder.</summary>
    public string DataPath => System.IO.Path.Combine(Root, "data");

    /// <summary>The database path.</summary>
    public string DatabasePath => System.IO.Path.Combine(DataPath, "editions.db");

    /// <summary>Writes a seed file.</summary>
    public void Write(string name, byte[] bytes) => File.WriteAllBytes(System.IO.Path.Combine(SeedsPath, name), bytes);

    /// <summary>Writes a UTF-8 seed file.</summary>
    public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(SeedsPath, name), text);

    /// <inheritdoc />
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Root))
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
    }
}
