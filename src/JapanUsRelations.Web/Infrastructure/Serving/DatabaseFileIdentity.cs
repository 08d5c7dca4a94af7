namespace JapanUsRelations.Web.Infrastructure.Serving;

/// <summary>
/// What a cheap look at the served path says about the file behind it: the file a link leads to now, its length and
/// its last write. Ingestion's rename and a swapped link both change it; reading it opens nothing.
/// </summary>
public sealed record DatabaseFileIdentity(string File, long Length, DateTime LastWriteUtc)
{
    /// <summary>The identity of what <paramref name="path"/> leads to now, or null when there is no file there.</summary>
    public static DatabaseFileIdentity? Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            }

            info.Refresh();
            return info.Exists ? new DatabaseFileIdentity(info.FullName, info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
