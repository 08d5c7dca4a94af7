using System.Text.RegularExpressions;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// Finds named role holders with the catalogue's name kinds: each pattern names where the holder's name stands.
/// A possessive "'s" is left out of the name; a name found twice in one place is kept once.
/// </summary>
internal sealed class RoleRecogniser
{
    private readonly List<(FactKind Kind, Regex Pattern)> patterns;

    public RoleRecogniser(FactKindCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        patterns = [.. catalogue.Kinds
            .Where(k => k.ValueType == ValueTypeWords.Name)
            .SelectMany(k => k.Patterns.Select(p => (k, FactKind.Compile(NamePattern.Expand(p))!)))];
    }

    /// <summary>The role holders named in <paramref name="sentence"/>, in order of appearance.</summary>
    public IReadOnlyList<RoleMatch> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<RoleMatch>();
        foreach (var (kind, pattern) in patterns)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                var name = match.Groups["name"].Value;
                var text = match.Value;
                foreach (var possessive in (string[])["'s", "’s"])
                {
                    if (name.EndsWith(possessive, StringComparison.Ordinal) && text.EndsWith(name, StringComparison.Ordinal))
                    {
                        name = name[..^2];
                        text = text[..^2];
                    }
                }

                var qualifier = match.Groups["q"].Success ? match.Groups["q"].Value.Trim(' ', '-').ToLowerInvariant() : null;
                if (!found.Exists(f => match.Index < f.Start + f.Text.Length && f.Start < match.Index + text.Length))
                {
                    found.Add(new RoleMatch(kind, text, match.Index, name, qualifier));
                }
            }
        }

        return [.. found.OrderBy(f => f.Start)];
    }
}
