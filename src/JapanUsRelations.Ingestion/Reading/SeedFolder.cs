using JapanUsRelations.Ingestion.Manifest;

namespace JapanUsRelations.Ingestion.Reading;

/// <summary>
/// The seeds folder as ingestion sees it: the seed files to read, sorted by name, and every other entry with the
/// reason it is skipped. Only regular files inside the folder are seeds: a symbolic link that dangles, loops or leads
/// outside the folder, a FIFO, a device or a subfolder is skipped with a reason, and so are READMEs and hidden
/// files. Nothing here opens a file, so a FIFO or <c>/dev/zero</c> cannot block or flood ingestion.
/// </summary>
/// <param name="Directory">The folder, as an absolute path.</param>
/// <param name="Seeds">Absolute paths of the seed files, sorted by name (ordinal).</param>
/// <param name="Skipped">Entries that are not seeds, sorted by name.</param>
public sealed record SeedFolder(string Directory, IReadOnlyList<string> Seeds, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>Scans a folder; a missing folder is an error naming it.</summary>
    public static SeedFolder Scan(string seedsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(seedsDirectory);
        string folder = Path.GetFullPath(seedsDirectory);
        if (!System.IO.Directory.Exists(folder))
        {
            throw new SeedFormatException(seedsDirectory, 0, "the seeds folder does not exist; the database is kept as it is");
        }

        string realFolder = RealFolder(folder);
        var seeds = new List<string>();
        var skipped = new List<SkippedFile>();
        foreach (string entry in System.IO.Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(entry);
            if (name == SeedManifest.FileName)
            {
                continue;
            }

            string? reason = Reason(entry, name, realFolder);
            if (reason is null)
            {
                seeds.Add(entry);
            }
            else
            {
                skipped.Add(new SkippedFile(name, reason));
            }
        }

        return new SeedFolder(folder, seeds, skipped);
    }

    private static string? Reason(string entry, string name, string realFolder)
    {
        if (name.StartsWith('.'))
        {
            return "a hidden file";
        }

        if (name.StartsWith("README", StringComparison.OrdinalIgnoreCase))
        {
            return "a README, not a seed";
        }

        if (FileKind.IsSymbolicLink(entry))
        {
            FileSystemInfo? target;
            try
            {
                target = File.ResolveLinkTarget(entry, returnFinalTarget: true);
            }
            catch (IOException)
            {
                return "a symbolic link that loops";
            }

            if (target is null || !target.Exists)
            {
                return "a symbolic link to nothing (dangling)";
            }

            string real = Path.GetFullPath(target.FullName);
            if (!real.StartsWith(realFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !real.StartsWith(Path.GetDirectoryName(entry) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return $"a symbolic link to {real}, outside the seeds folder";
            }
        }

        if (System.IO.Directory.Exists(entry))
        {
            return "a folder (seeds are read from the top level only)";
        }

        return FileKind.IsRegularFile(entry) ? null : "not a regular file (a FIFO, socket or device)";
    }

    private static string RealFolder(string folder) =>
        new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder;
}
