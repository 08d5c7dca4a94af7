using System.Collections.Concurrent;
using CsCheck;
using JapanUsRelations.Web.Tests.Support;
using Xunit.Abstractions;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// 10,000 random and hostile requests (CsCheck) over every route: traversal, <c>%00</c>, overlong UTF-8, CR/LF,
/// 10,000-character ids, negative and huge page numbers, FTS5 syntax in <c>q</c>, every HTTP method, odd
/// <c>Accept</c> headers. Not one 5xx; every error under <c>/api</c> is JSON (problem+json or the twin's 404 JSON).
/// Set <c>URL_FUZZ_ITERATIONS</c> for more; replay a failure with <c>URL_FUZZ_SEED</c>.
/// </summary>
[Collection(SiteCollection.Name)]
public class UrlFuzzTests(RunningSite site, ITestOutputHelper output)
{
    private static readonly string[] Prefixes =
    [
        "/", "/editions/", "/editions/2026-02-05/", "/compare/", "/compare/2024-11-05/", "/topics/", "/topics/okinawa-and-bases/",
        "/facts/", "/cite/", "/cite/2026-02-05/china/", "/search", "/api/", "/api/editions/", "/api/compare/2018/", "/api/topics/",
        "/api/facts/", "/api/cite/", "/api/search", "/css/", "/js/", "/error", "/not-found", "/healthz",
    ];

    private static readonly string[] Segments =
    [
        "2026-02-05", "2018", "2024", "china", "p9", "t1", "%20", "%09", "%00", "..", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%5c..%5cwindows",
        "%C0%AE%C0%AE%C0%AF", "%E0%80%AF", "%FF%FE", "%0d%0aX-Injected:%20yes", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201=1--",
        "%22", "%25", "%2F", "~", "日本", "%E2%80%AE", "-", "latest", "index.html", "site.css", new string('a', 10_000), "?", "#",
        "%u0000", "con", "nul.txt", "a%00b", "%ef%bf%bf", "9999-99-99", "0000-00-00", "2026-02-30",
    ];

    private static readonly string[] Queries =
    [
        "", "q=Japan", "q=", "q=%22", "q=NEAR(", "q=*", "q=AND%20OR%20NOT", "q=col:Japan", "q=%5E", "q=a%22b", "q=(((((", "q=" + new string('x', 5_000),
        "page=-1", "page=0", "page=abc", "page=99999999999999999999", "page=1e9", "edition=", "edition=%20", "edition=2018&edition=",
        "publisher=", "topic=%00", "q=Japan&edition=nope&topic=nope&publisher=nope", "q=%0d%0a", "view=inline", "view=%3Cx%3E",
    ];

    private static readonly string[] Methods = ["GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "X-CUSTOM"];

    private static readonly string[] Accepts =
    [
        "*/*", "text/html", "application/json", "application/problem+json", "image/png", "", "text/html;q=0.1, application/json;q=0.9",
        "garbage/;;;", "application/xml",
    ];

    private static Gen<(string Method, string Path, string Accept)> Requests =>
        Gen.Select(
            Gen.OneOf(Methods),
            Gen.OneOf(Prefixes),
            Gen.OneOf(Segments).Array[0, 3],
            Gen.OneOf(Queries).Array[0, 2],
            Gen.OneOf(Accepts),
            (method, prefix, segments, queries, accept) =>
            {
                string path = prefix + string.Join('/', segments);
                string query = queries.Length == 0 ? "" : "?" + string.Join('&', queries.Where(q => q.Length > 0));
                return (method, path + query, accept);
            });

    [Fact]
    public async Task Ten_thousand_random_and_hostile_requests_get_no_5xx_and_json_errors_under_api()
    {
        long iterations = long.TryParse(Environment.GetEnvironmentVariable("URL_FUZZ_ITERATIONS"), out long n) ? n : 10_000;
        var statuses = new ConcurrentDictionary<int, int>();
        await Requests.SampleAsync(
            async r =>
            {
                using var request = new HttpRequestMessage(new HttpMethod(r.Method), new Uri(r.Path, UriKind.Relative));
                if (r.Accept.Length > 0)
                {
                    request.Headers.TryAddWithoutValidation("Accept", r.Accept);
                }

                using var response = await site.Client.SendAsync(request);
                int status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, c) => c + 1);
                if (status >= 500)
                {
                    throw new InvalidOperationException($"{r.Method} {Short(r.Path)} answered {status}");
                }

                // The path as sent (the client resolves "/api/.." to "/").
                string sent = response.RequestMessage!.RequestUri!.AbsolutePath;
                bool api = sent == "/api" || sent.StartsWith("/api/", StringComparison.Ordinal);
                // 414 and 431 come from Kestrel itself (request line or headers over its limits), before any middleware.
                if (api && status >= 400 && status is not (400 or 414 or 431) && r.Method != "HEAD")
                {
                    string? type = response.Content.Headers.ContentType?.MediaType;
                    if (type is not ("application/problem+json" or "application/json"))
                    {
                        throw new InvalidOperationException($"{r.Method} {Short(r.Path)} answered {status} as {type}, not JSON");
                    }
                }
            },
            seed: Environment.GetEnvironmentVariable("URL_FUZZ_SEED"),
            iter: iterations,
            threads: 4,
            print: r => $"{r.Method} {Short(r.Path)} Accept: {r.Accept}");
        output.WriteLine($"{iterations} requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        statuses.Keys.Should().NotContain(k => k >= 500);
        statuses.Values.Sum().Should().BeGreaterThanOrEqualTo((int)iterations);
    }

    private static string Short(string path) => path.Length > 200 ? path[..200] + $"…({path.Length} characters)" : path;
}
