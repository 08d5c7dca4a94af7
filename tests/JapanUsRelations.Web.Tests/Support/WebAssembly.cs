namespace JapanUsRelations.Web.Tests.Support;

/// <summary>The built web application (<c>src/JapanUsRelations.Web/bin/{Configuration}/net10.0/JapanUsRelations.Web.dll</c>), for tests that run it as a real process.</summary>
public static class WebAssembly
{
    /// <summary>The path of the web app's dll, built with the same configuration as the tests.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        // The tests run from tests/JapanUsRelations.Web.Tests/bin/{Configuration}/{tfm}/.
        var binary = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        string tfm = binary.Name;
        string configuration = binary.Parent!.Name;
        string path = System.IO.Path.Combine(RepositoryPaths.Root, "src", "JapanUsRelations.Web", "bin", configuration, tfm, "JapanUsRelations.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the web app is run as a process", path);
    }
}
