namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>The shared shape of a person's name in role patterns: one to three capitalised words.</summary>
internal static class NamePattern
{
    /// <summary>Placeholder a catalogue pattern writes where the holder's name stands.</summary>
    public const string Placeholder = "{NAME}";

    /// <summary>"Sanae Takaichi", "Yoon Suk-yeol", "Lee Jae Myung", "Abe".</summary>
    public const string Regex = @"(?<name>\p{Lu}[\p{L}'’-]*\p{L}(?: \p{Lu}[\p{L}'’-]*\p{L}){0,2})";

    /// <summary>A catalogue pattern with its placeholder filled.</summary>
    public static string Expand(string pattern) => pattern.Replace(Placeholder, Regex, StringComparison.Ordinal);
}
