namespace JapanUsRelations.Web.Citations;

/// <summary>A byline name split the way citation styles need it: "Mark E. Manyin" → surname "Manyin", given "Mark E.".</summary>
/// <param name="Given">Given names and initials, e.g. "Mark E.".</param>
/// <param name="Surname">The surname, e.g. "Cimino-Isaacs".</param>
/// <param name="Suffix">"Jr.", "III" or null.</param>
public sealed record PersonName(string Given, string Surname, string? Suffix)
{
    private static readonly string[] Suffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    /// <summary>Splits a name as printed; the last word is the surname (after any suffix).</summary>
    public static PersonName Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        string? suffix = null;
        if (words.Count > 2 && Suffixes.Contains(words[^1], StringComparer.Ordinal))
        {
            suffix = words[^1];
            words.RemoveAt(words.Count - 1);
        }

        return words.Count switch
        {
            0 => new PersonName("", "", null),
            1 => new PersonName("", words[0], suffix),
            _ => new PersonName(string.Join(' ', words.Take(words.Count - 1)), words[^1], suffix),
        };
    }

    /// <summary>Chicago's first author: "Manyin, Mark E." (with ", Jr." when there is a suffix).</summary>
    public string Inverted => Join(Surname, Given, Suffix);

    /// <summary>As printed: "Mark E. Manyin".</summary>
    public string Natural => string.Join(' ', new[] { Given, Surname }.Where(p => p.Length > 0)) + (Suffix is null ? "" : ", " + Suffix);

    /// <summary>APA: "Manyin, M. E."; hyphenated given names keep the hyphen ("J.-P.").</summary>
    public string InvertedInitials => Join(Surname, string.Join(' ', Given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Initials)), Suffix);

    private static string Initials(string given) =>
        string.Join('-', given.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + "."));

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
