using System.Runtime.InteropServices;

namespace JapanUsRelations.Ingestion.Reading;

/// <summary>
/// What kind of file system entry a path is, without opening it (opening a FIFO blocks until someone writes to it,
/// and a device such as <c>/dev/zero</c> never ends). On Linux this asks <c>statx(2)</c>, whose layout is the same on
/// every architecture; elsewhere it falls back to the file attributes .NET reports.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>True when <paramref name="path"/> (following symbolic links) is a regular file.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var attributes = File.GetAttributes(path);
            return (attributes & (FileAttributes.Directory | FileAttributes.Device)) == 0;
        }

        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            return false;
        }

        int mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & TypeMask) == RegularFile;
    }

    /// <summary>True when <paramref name="path"/> itself (not following links) is a symbolic link.</summary>
    public static bool IsSymbolicLink(string path) => new FileInfo(path).LinkTarget is not null;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
