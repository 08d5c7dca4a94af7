using System.Net;
using System.Net.Sockets;
using System.Text;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// Kestrel refuses an overlong request line or too many header bytes itself, before any middleware (so its answer
/// has no body the site could write): the limits are therefore explicit configuration, and the running server uses
/// exactly the values in appsettings.json. Just under the limit the site's own answers apply.
/// </summary>
[Collection(SiteCollection.Name)]
public class RequestLimitsTests(RunningSite site)
{
    private static IConfigurationSection Limits { get; } = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryPaths.Root, "src", "JapanUsRelations.Web", "appsettings.json")).Build().GetSection("Kestrel:Limits");

    [Fact]
    public void The_server_runs_with_the_configured_request_limits_not_kestrels_defaults()
    {
        var limits = site.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        limits.MaxRequestLineSize.Should().Be(Limits.GetValue<int>("MaxRequestLineSize")).And.BeGreaterThan(0);
        limits.MaxRequestHeadersTotalSize.Should().Be(Limits.GetValue<int>("MaxRequestHeadersTotalSize"));
        limits.MaxRequestHeaderCount.Should().Be(Limits.GetValue<int>("MaxRequestHeaderCount"));
        limits.MaxRequestBodySize.Should().Be(Limits.GetValue<long>("MaxRequestBodySize"));
    }

    [Fact]
    public async Task A_request_line_over_the_limit_is_refused_414_by_kestrel_and_one_just_under_gets_the_sites_404()
    {
        int limit = Limits.GetValue<int>("MaxRequestLineSize");
        // "GET " + path + " HTTP/1.1\r\n" is the request line.
        string over = "/editions/" + new string('x', limit);
        string under = "/editions/" + new string('x', limit - "GET /editions/ HTTP/1.1\r\n".Length - 10);

        (await StatusOf($"GET {over} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).Should().Be(414);
        using var response = await site.Client.GetAsync(new Uri(under, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "the site's route guard answers an id longer than any id");
    }

    [Fact]
    public async Task Headers_over_the_limit_are_refused_431_by_kestrel()
    {
        int limit = Limits.GetValue<int>("MaxRequestHeadersTotalSize");
        string big = new('a', limit);
        (await StatusOf($"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: {big}\r\nConnection: close\r\n\r\n")).Should().Be(431);
    }

    private async Task<int> StatusOf(string rawRequest)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(site.BaseAddress.Host, site.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(rawRequest));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        string statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
