using JapanUsRelations.Ingestion.Classification;

namespace JapanUsRelations.Ingestion.Repair;

/// <summary>Blocks after a repair stage, with the repairs it made.</summary>
/// <param name="Blocks">The repaired blocks, in order.</param>
/// <param name="Repairs">What was repaired, with source lines.</param>
public sealed record RepairResult(IReadOnlyList<ClassifiedBlock> Blocks, IReadOnlyList<Model.Repair> Repairs);
