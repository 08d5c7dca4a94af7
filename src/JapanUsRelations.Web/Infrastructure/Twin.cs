using System.Security.Cryptography;
using System.Text.Json;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The JSON twin of a handler's answer: the found record serialised, the same redirect under /api, or the 404 record
/// with status 404. <see cref="Fingerprint"/> is what a page stamps in its head (<c>meta name="twin-sha256"</c>),
/// so anyone can check that the page rendered the very record its twin serialises.
/// </summary>
public static class Twin
{
    /// <summary>The ViewData key a page's twin fingerprint travels under to the layout.</summary>
    public const string ViewDataKey = "TwinSha256";

    /// <summary>JSON settings of every /api response (camelCase, indented for people reading them).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The record as the twin writes it.</summary>
    public static byte[] Serialise<T>(T record) => JsonSerializer.SerializeToUtf8Bytes(record, Json);

    /// <summary>SHA-256 (lower-case hex) of the record's JSON.</summary>
    public static string Fingerprint<T>(T record) => Convert.ToHexStringLower(SHA256.HashData(Serialise(record)));

    /// <summary>
    /// The twin's response to an answer (typed, so the OpenAPI document knows the record; see <see cref="TwinResult{T}"/>).
    /// <paramref name="foundStatus"/> is the status of a found record (a form re-shown with what was wrong in it: 404).
    /// </summary>
    public static TwinResult<T> Of<T>(Answer<T> answer, int foundStatus = StatusCodes.Status200OK)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Redirect is { } redirect)
        {
            return new(Results.Redirect(Urls.Api(redirect.To), permanent: redirect.Permanent));
        }

        return answer.Found is { } found
            ? new(Results.Text(Serialise(found), "application/json; charset=utf-8", foundStatus), foundStatus == StatusCodes.Status200OK ? found : null, found is Paging.IPaged paged ? Paging.LinkHeader.Of(paged.Paging, Urls.Api) : null)
            : new(Results.Text(Serialise(answer.NotFound!), "application/json; charset=utf-8", StatusCodes.Status404NotFound));
    }
}
