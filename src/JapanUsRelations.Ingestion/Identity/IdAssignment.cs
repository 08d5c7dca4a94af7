using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Identity;

/// <summary>The editions with their final ids, the aliases that keep older ids working, and what collided.</summary>
/// <param name="Editions">The editions, in input order, each with its final <see cref="Edition.Id"/>.</param>
/// <param name="Aliases">Old ids (from earlier ingestions) that now redirect.</param>
/// <param name="Collisions">One line per id several editions wanted, naming them and what each got.</param>
public sealed record IdAssignment(IReadOnlyList<Edition> Editions, IReadOnlyList<EditionAlias> Aliases, IReadOnlyList<string> Collisions);
