namespace JapanUsRelations.Lineage;

/// <summary>One row of <c>passage_link</c>: an older block, a newer block, their relation and the share of words kept.</summary>
internal sealed record PassageLinkRow(long OlderBlockId, long NewerBlockId, string Relation, double Share);
