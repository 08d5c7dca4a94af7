using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace JapanUsRelations.Web.Tests.Support;

/// <summary>Fetches pages and parses them with AngleSharp, so tests assert on what a reader sees.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    /// <summary>GETs a path and parses the body; the status code is returned too.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, IHtmlDocument Document)> GetPageAsync(this HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, Parser.ParseDocument(body));
    }

    /// <summary>GETs a JSON twin and parses it.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, System.Text.Json.JsonElement Json)> GetJsonAsync(this HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return (response.StatusCode, document.RootElement.Clone());
    }
}
