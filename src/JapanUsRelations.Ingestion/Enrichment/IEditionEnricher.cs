using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment;

/// <summary>
/// A stage that runs after an edition's structure is built and adds what it finds (facts, topics) to a copy of the
/// edition. Enrichers never change sections, blocks or their text. Composed in <see cref="IngestionPipeline"/>.
/// </summary>
public interface IEditionEnricher
{
    /// <summary>Short name for logs, e.g. "facts".</summary>
    string Name { get; }

    /// <summary>Returns the edition with this stage's findings added.</summary>
    Edition Enrich(Edition edition);
}
