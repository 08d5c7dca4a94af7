using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Benchmarks;

/// <summary>
/// <c>static-files DIR URL</c>: Kestrel serving the files of a folder with the static file middleware and nothing
/// else: the reference the site's pages are measured against (same bytes, same server, no app code).
/// </summary>
internal static class StaticFileServer
{
    public static async Task<int> RunAsync(string directory, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetFullPath(directory)),
            ServeUnknownFileTypes = true,
            DefaultContentType = "text/html",
        });
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
