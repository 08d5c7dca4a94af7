using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Storage;

/// <summary>What one build writes: the corpus planned, the editions streamed in its order, and the build's own rows.</summary>
/// <param name="Corpus">Every edition's metadata with its final id, in write order.</param>
/// <param name="Editions">The same editions, whole, pulled one at a time.</param>
/// <param name="Fingerprint">The seeds fingerprint recorded in <c>ingestion</c>.</param>
/// <param name="EditionAliases">Old edition ids and the ids they redirect to.</param>
/// <param name="Written">Told of each edition once its rows are written.</param>
internal sealed record RowsToWrite(
    IReadOnlyList<Edition> Corpus, IEnumerable<Edition> Editions, string Fingerprint, IReadOnlyList<Identity.EditionAlias> EditionAliases, Action<Edition>? Written);
