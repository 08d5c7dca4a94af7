namespace JapanUsRelations.Ingestion;

/// <summary>
/// How far one ingestion (<see cref="IngestionPipeline.Run"/>) is. It streams: a first pass reads every seed for its
/// metadata and id (<see cref="Read"/>), then each edition is parsed, enriched, stored and handed to the corpus
/// stages (lineage) in turn (<see cref="Written"/>); after the last one the corpus stages finish and the new database
/// is swapped in.
/// </summary>
/// <param name="Read">Seeds read by the first pass so far.</param>
/// <param name="Written">Editions written so far.</param>
/// <param name="Total">Seeds in all.</param>
public sealed record IngestionProgress(int Read, int Written, int Total)
{
    /// <summary>True once every edition is written: what is left is finishing the corpus stages and the swap.</summary>
    public bool Finishing => Written >= Total;
}
