using JapanUsRelations.Ingestion.Enrichment.Facts;
using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Comparison.Alignment;

/// <summary>
/// Makes sure an edition carries its facts (for "what changed") and topics (for pairing sections by subject). An
/// edition loaded from the database without them gets them from the same enrichers ingestion runs, on its own text;
/// one that has them is used as it is.
/// </summary>
internal static class Findings
{
    private static readonly Lazy<FactsEnricher> Facts = new(() => new FactsEnricher());
    private static readonly Lazy<TopicsEnricher> Topics = new(() => new TopicsEnricher());

    public static Edition Ensure(Edition edition)
    {
        if (edition.Facts.Count == 0 && edition.AllBlocks().Any())
        {
            edition = edition with { Facts = Facts.Value.Enrich(edition).Facts };
        }

        if (edition.Topics.Count == 0 && edition.AllBlocks().Any())
        {
            edition = edition with { Topics = Topics.Value.Enrich(edition).Topics };
        }

        return edition;
    }
}
