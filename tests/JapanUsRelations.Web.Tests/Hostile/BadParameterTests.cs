using System.Net;
using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// A query parameter that changes what a page answers, given a value that is not an option, not a date or names
/// nothing stored, is answered 400 saying which parameter was wrong and what it may be (problem+json under /api),
/// never ignored; route values that name nothing are the helpful 404. Each case was once quietly ignored (the page
/// answered 200 as if the parameter were absent, or an empty list).
/// </summary>
[Collection(SiteCollection.Name)]
public class BadParameterTests(RunningSite site)
{
    [Theory]
    [InlineData("/compare/2024-11-05/2026-02-05?view=sideways", "view", "side, inline, changes")]
    [InlineData("/compare/2024-11-05/2026-02-05?view=", "view", "side, inline, changes")]
    [InlineData("/compare/2024-11-05/2026-02-05?typography=yes", "typography", "show")]
    [InlineData("/editions?on=banana", "on", "on=2024-11-05")]
    [InlineData("/editions?on=2018-02-30", "on", "on=2024-11-05")]
    [InlineData("/search?q=Japan&edition=1999", "edition", "2026-02-05")]
    [InlineData("/search?q=Japan&topic=no-such-topic", "topic", "okinawa-and-bases")]
    [InlineData("/search?q=Japan&publisher=Nobody", "publisher", "Congressional Research Service")]
    public async Task A_bad_option_on_a_page_is_a_400_naming_the_parameter_and_what_it_may_be(string path, string parameter, string allowed)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain", "the text is shown as written, never as markup");
        body.Should().Contain(parameter + "=").And.Contain(allowed);
    }

    [Theory]
    [InlineData("/api/editions?on=2018-13-45", "on")]
    [InlineData("/api/search?q=Japan&edition=nope", "edition")]
    [InlineData("/api/search?q=Japan&edition=2018&edition=nope", "edition")]
    [InlineData("/api/search?q=Japan&topic=nope", "topic")]
    [InlineData("/api/search?q=Japan&publisher=nope", "publisher")]
    public async Task A_bad_option_on_a_twin_is_a_problem_json_400_naming_the_parameter(string path, string parameter)
    {
        var (status, json) = await site.Client.GetJsonAsync(path);
        status.Should().Be(HttpStatusCode.BadRequest);
        json.GetProperty("status").GetInt32().Should().Be(400);
        json.GetProperty("detail").GetString().Should().StartWith(parameter + "=“");
    }

    [Fact]
    public async Task An_unknown_id_chosen_in_the_compare_form_is_a_404_that_shows_the_form_again_saying_which()
    {
        var (status, page) = await site.Client.GetPageAsync("/compare?a=nope&b=2018");
        status.Should().Be(HttpStatusCode.NotFound, "once it answered 200 as if the choice were fine");
        page.QuerySelector("form.cmp-chooser").Should().NotBeNull();
        page.QuerySelector("[role=alert]")!.TextContent.Should().Contain("nope");
        var (twinStatus, json) = await site.Client.GetJsonAsync("/api/compare?a=nope&b=2018");
        twinStatus.Should().Be(HttpStatusCode.NotFound);
        json.GetProperty("problem").GetString().Should().Contain("nope");
    }

    [Theory]
    [InlineData("/compare/2024-11-05/2026-02-05?view=inline")]
    [InlineData("/compare/2024-11-05/2026-02-05?view=changes&typography=show")]
    [InlineData("/editions?on=2024")]
    [InlineData("/editions?on=")]
    [InlineData("/search?q=Japan&edition=2018&topic=okinawa-and-bases&publisher=Congressional%20Research%20Service")]
    [InlineData("/search?q=Japan&edition=&topic=&publisher=")]
    [InlineData("/api/search?q=Japan&unknown=ignored")]
    public async Task Good_options_and_empty_ones_still_answer_200(string path)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/compare/2024-11-05/2026-02-05/export?format=pdf", "export format “pdf”")]
    [InlineData("/feeds/topics/no-such-topic.atom", "no-such-topic")]
    [InlineData("/feeds/facts/no-such-kind.atom", "no-such-kind")]
    [InlineData("/feeds/reports/NO1.atom", "NO1")]
    [InlineData("/cite/2018/introduction/p999", "p999")]
    [InlineData("/cite/2018/no-such-section", "no-such-section")]
    [InlineData("/downloads/no-such.csv", "/downloads/no-such.csv")]
    public async Task A_route_value_naming_nothing_is_a_404_that_says_what_was_asked_for(string path, string named)
    {
        using var response = await site.Client.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain(named);
    }
}
