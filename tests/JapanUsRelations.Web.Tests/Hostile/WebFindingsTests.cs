using System.Net;
using System.Text.Json;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>One regression test per web finding of issue 14: each once answered 500, forged a log line or reflected a host.</summary>
[Collection(SiteCollection.Name)]
public class WebFindingsTests(RunningSite site)
{
    private async Task<HttpResponseMessage> Send(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        return await site.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/editions/2026-02-05")]
    [InlineData("POST", "/search?q=Japan")]
    [InlineData("PUT", "/api/editions")]
    [InlineData("DELETE", "/compare/2024-11-05/2026-02-05")]
    [InlineData("PROPFIND", "/topics")]
    public async Task Methods_other_than_get_and_head_answer_405_with_allow_not_500(string method, string path)
    {
        using var response = await Send(method, path);
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Contain("GET").And.Contain("HEAD");
    }

    [Theory]
    [InlineData("/editions/%20")]
    [InlineData("/editions/%20/china")]
    [InlineData("/compare/%20/2018")]
    [InlineData("/compare/2018/%09")]
    [InlineData("/cite/%20")]
    [InlineData("/cite/2018/%20")]
    [InlineData("/topics/%20")]
    [InlineData("/facts/%20")]
    public async Task Whitespace_ids_answer_the_helpful_404_not_500(string path)
    {
        var (status, page) = await site.Client.GetPageAsync(path);
        status.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelector("h1")!.TextContent.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("/api/editions/%20")]
    [InlineData("/api/compare/%20/2018")]
    [InlineData("/api/cite/%20")]
    [InlineData("/api/no/such/thing")]
    [InlineData("/api/editions/2026-02-05/%20")]
    public async Task Unknown_or_blank_api_paths_answer_problem_json_404(string path)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetInt32().Should().Be(404);
        json.RootElement.GetProperty("detail").GetString().Should().Contain("/api");
    }

    [Theory]
    [InlineData("/search?q=Japan&edition=")]
    [InlineData("/search?q=Japan&edition=&edition=2018")]
    [InlineData("/api/search?q=Japan&edition=")]
    public async Task Empty_filters_are_answered_not_500(string path)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_error_handler_route_is_not_a_public_500_page()
    {
        var (status, page) = await site.Client.GetPageAsync("/error");
        status.Should().Be(HttpStatusCode.NotFound);
        page.QuerySelector("h1")!.TextContent.Should().Be("Not found");
    }

    [Fact]
    public async Task A_request_for_another_host_is_refused_and_never_gets_links_to_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cite/2026-02-05");
        request.Headers.Host = "evil.test";
        using var response = await site.Client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("evil.test");
    }

    [Fact]
    public void Absolute_links_use_the_configured_canonical_base_url_whatever_the_request_host()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Site:BaseUrl", "https://editions.example/")]).Build();
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("evil.test");
        new SiteAddress(configuration).Absolute(context.Request, "/editions/2018").Should().Be("https://editions.example/editions/2018");
    }

    [Fact]
    public void A_canonical_base_url_that_is_not_http_is_refused_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Site:BaseUrl", "javascript:alert(1)")]).Build();
        var act = () => new SiteAddress(configuration);
        act.Should().Throw<InvalidOperationException>().WithMessage("*Site:BaseUrl*");
    }

    [Fact]
    public void A_crlf_in_a_request_value_cannot_forge_a_log_line()
    {
        var sink = new Collected();
        using (var logger = new Serilog.LoggerConfiguration().Enrich.With<LogValueEncoder>().WriteTo.Sink(sink).CreateLogger())
        {
            logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "GET", "/compare/2024\r\nX-Injected: yes", 404);
        }

        string line = sink.Events.Single().RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        line.Should().NotContain("\n").And.NotContain("\r").And.Contain("/compare/2024\\u000d\\u000aX-Injected: yes");
    }

    [Fact]
    public async Task The_web_tier_opens_the_database_read_only()
    {
        using var connection = Database.Open(site.DatabasePath);
        var act = () => Dapper.SqlMapper.Execute(connection, "DELETE FROM edition");
        act.Should().Throw<Microsoft.Data.Sqlite.SqliteException>().WithMessage("*readonly*");
        var (status, _) = await site.Client.GetPageAsync("/editions/2026-02-05");
        status.Should().Be(HttpStatusCode.OK);
    }

    private sealed class Collected : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
