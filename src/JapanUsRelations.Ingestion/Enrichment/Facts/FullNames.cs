using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// Within one edition, gives a role holder named by surname alone ("Takaichi") the full name the edition uses
/// elsewhere for the same role ("Sanae Takaichi"), so one holder has one value. The text as written is untouched.
/// </summary>
internal static class FullNames
{
    public static IReadOnlyList<Fact> Apply(IReadOnlyList<Fact> facts)
    {
        var fullNames = facts
            .Where(f => f.Kind is not null && f.Unit == UnitWords.Person && f.Value.Contains(' ', StringComparison.Ordinal))
            .GroupBy(f => (f.Kind, Surname: f.Value[(f.Value.LastIndexOf(' ') + 1)..]))
            .ToDictionary(g => g.Key, g => g.First().Value);
        return [.. facts.Select(f =>
            f.Kind is not null && f.Unit == UnitWords.Person && !f.Value.Contains(' ', StringComparison.Ordinal)
                && fullNames.TryGetValue((f.Kind, f.Value), out var full)
                ? f with { Value = full }
                : f)];
    }
}
