using JapanUsRelations.Store;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// What one query parameter of some routes may hold: <see cref="Check"/> gives, for a value, null when it is fine or
/// the sentence that says what is wrong with it (read against the request's snapshot when it names stored things).
/// </summary>
/// <param name="Routes">Route templates it applies to, without leading slash (<c>compare/{a}/{b}</c>, <c>api/search</c>).</param>
/// <param name="Parameter">The query parameter.</param>
/// <param name="Check">The check of one value; an empty value is checked too.</param>
public sealed record QueryRule(IReadOnlyList<string> Routes, string Parameter, Func<string, ReadStore?, string?> Check)
{
    /// <summary>A rule allowing only the listed values (ordinal).</summary>
    public static QueryRule OneOf(IReadOnlyList<string> routes, string parameter, params string[] allowed) =>
        new(routes, parameter, (value, _) => allowed.Contains(value, StringComparer.Ordinal)
            ? null
            : $"{parameter}={Shown(value)} is not an option: {parameter} is one of {string.Join(", ", allowed)}, or left out.");

    /// <summary>A value as an answer may repeat it: control characters encoded, at most 80 characters.</summary>
    public static string Shown(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string encoded = LogSafe.Encode(value);
        return "“" + (encoded.Length > 80 ? encoded[..80] + "…" : encoded) + "”";
    }
}
