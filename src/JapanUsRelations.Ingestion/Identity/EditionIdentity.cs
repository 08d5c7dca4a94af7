using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Structure;

namespace JapanUsRelations.Ingestion.Identity;

/// <summary>
/// Gives every edition a URL id that is unique and stays put. An edition's own id is its date (<c>2026-02-05</c>,
/// <c>2018</c>) or, undated, its title slug. Then, in this order:
/// <list type="number">
/// <item>an edition already served keeps the id it had (found by file name, else by content hash), so a new file
/// never takes over a link handed out before;</item>
/// <item>an id wanted by one edition alone is given to it;</item>
/// <item>an id several editions want (CRS updates many products a day) goes to none of them: each is qualified by
/// its report number, else its title (<c>2026-09-16-if12173</c>), and the collision is reported; the bare date then
/// lists them;</item>
/// <item>an id that an edition held before and holds no more (its date was corrected) becomes an alias, as do aliases
/// from earlier ingestions whose edition still exists.</item>
/// </list>
/// The same files give the same ids every time.
/// </summary>
public static class EditionIdentity
{
    /// <summary>Assigns ids to <paramref name="editions"/> (whose <see cref="Edition.Id"/> holds their own id).</summary>
    public static IdAssignment Assign(IReadOnlyList<Edition> editions, IReadOnlyList<PreviousEdition> previous, IReadOnlyList<EditionAlias> earlierAliases)
    {
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(earlierAliases);
        var ids = new string?[editions.Count];
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var previousOf = new PreviousEdition?[editions.Count];
        for (int i = 0; i < editions.Count; i++)
        {
            var edition = editions[i];
            var before = previous.FirstOrDefault(p => string.Equals(p.SourceFile, edition.SourceFile, StringComparison.Ordinal))
                ?? previous.FirstOrDefault(p => string.Equals(p.SourceSha256, edition.SourceSha256, StringComparison.Ordinal));
            previousOf[i] = before;
            if (before is not null && StillFits(before.Id, edition.Id) && taken.Add(before.Id))
            {
                ids[i] = before.Id;
            }
        }

        // Ids links were made with that point elsewhere are never reused for another edition.
        foreach (var alias in earlierAliases)
        {
            taken.Add(alias.OldId);
        }

        var collisions = new List<string>();
        foreach (var group in Enumerable.Range(0, editions.Count).Where(i => ids[i] is null).GroupBy(i => editions[i].Id, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.ToList();
            if (members.Count == 1 && taken.Add(group.Key))
            {
                ids[members[0]] = group.Key;
                continue;
            }

            foreach (int i in members)
            {
                ids[i] = Slugger.Unique(Qualified(editions[i]), taken);
                taken.Add(ids[i]!);
            }

            string holder = editions.Select((e, i) => (e, i)).Where(x => string.Equals(ids[x.i], group.Key, StringComparison.OrdinalIgnoreCase)).Select(x => x.e.SourceFile).FirstOrDefault() ?? "";
            collisions.Add(
                $"id \"{group.Key}\" is wanted by {string.Join(", ", members.Select(i => editions[i].SourceFile))}"
                + (holder.Length > 0 ? $" and held by {holder}" : "")
                + $": given {string.Join(", ", members.Select(i => ids[i]))}");
        }

        var result = editions.Select((e, i) => e with { Id = ids[i]! }).ToList();
        return new IdAssignment(result, Aliases(result, previousOf, earlierAliases), collisions);
    }

    /// <summary>An id held before still fits when it is the edition's own id or that id qualified.</summary>
    private static bool StillFits(string held, string own) =>
        string.Equals(held, own, StringComparison.OrdinalIgnoreCase) || held.StartsWith(own + "-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The id qualified by what tells same-day editions apart: the report number, else the title.</summary>
    private static string Qualified(Edition edition) =>
        edition.Id + "-" + (edition.ReportNumber is { } number ? number.ToLowerInvariant() : Slugger.Slugify(edition.Title));

    private static List<EditionAlias> Aliases(List<Edition> editions, PreviousEdition?[] previousOf, IReadOnlyList<EditionAlias> earlier)
    {
        var current = editions.Select(e => e.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var renamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < editions.Count; i++)
        {
            if (previousOf[i] is { } before && !string.Equals(before.Id, editions[i].Id, StringComparison.OrdinalIgnoreCase) && !current.Contains(before.Id))
            {
                renamed[before.Id] = editions[i].Id;
            }
        }

        var aliases = renamed.Select(r => new EditionAlias(r.Key, r.Value)).ToList();
        foreach (var alias in earlier.Where(a => !current.Contains(a.OldId) && !renamed.ContainsKey(a.OldId)))
        {
            string? target = current.Contains(alias.EditionId) ? alias.EditionId : renamed.GetValueOrDefault(alias.EditionId);
            if (target is not null)
            {
                aliases.Add(alias with { EditionId = target });
            }
        }

        return aliases.OrderBy(a => a.OldId, StringComparer.Ordinal).ToList();
    }
}
