namespace JapanUsRelations.Web.Tests.Support;

/// <summary>Files of a folder this process still holds open although they were deleted or renamed over (Linux <c>/proc/self/fd</c>).</summary>
public static class ReplacedFiles
{
    /// <summary>The open files under <paramref name="folder"/> that no longer have a name there.</summary>
    public static List<string> StillOpen(string folder) =>
        Directory.GetFiles("/proc/self/fd")
            .Select(fd =>
            {
                try
                {
                    return new FileInfo(fd).LinkTarget;
                }
                catch (IOException)
                {
                    return null;
                }
            })
            .OfType<string>()
            .Where(target => target.StartsWith(folder, StringComparison.Ordinal) && target.EndsWith("(deleted)", StringComparison.Ordinal))
            .ToList();
}
