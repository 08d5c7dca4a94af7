using JapanUsRelations.Comparison.Storage;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Lineage;

/// <summary>
/// Writes one compared step's rows: <c>edition_step</c>, <c>passage_link</c>, <c>section_link</c>,
/// <c>sentence_link</c>, each through an INSERT prepared once per connection (<see cref="PreparedInsert"/>: tens of
/// thousands of link rows per ingestion).
/// </summary>
internal static class StepRows
{
    private const string StepSql =
        """
        INSERT INTO edition_step (newer_edition_id, older_edition_id, changed_share, raw_changed_share, comparison_format, comparison)
        VALUES (@newer, @older, @changed, @raw, @format, @comparison)
        """;

    private const string PassageSql =
        "INSERT INTO passage_link (older_block_id, newer_block_id, relation, share) VALUES (@olderBlockId, @newerBlockId, @relation, @share)";

    private const string SectionSql =
        "INSERT INTO section_link (older_section_id, newer_section_id, status, similarity) VALUES (@olderSectionId, @newerSectionId, @status, @similarity)";

    private const string SentenceSql =
        """
        INSERT INTO sentence_link (older_block_id, older_sentence, newer_block_id, newer_sentence, relation, share)
        VALUES (@olderBlockId, @olderSentence, @newerBlockId, @newerSentence, @relation, @share)
        """;

    /// <summary>Inserts <paramref name="result"/>'s rows in <paramref name="transaction"/>.</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, StepResult result)
    {
        PreparedInsert.For(connection, StepSql).Run(
            transaction, result.NewerRowId, result.OlderRowId, result.ChangedShare, result.RawChangedShare, ComparisonCodec.Format, result.Comparison);
        var passages = PreparedInsert.For(connection, PassageSql);
        foreach (var p in result.Passages)
        {
            passages.Run(transaction, p.OlderBlockId, p.NewerBlockId, p.Relation, p.Share);
        }

        var sections = PreparedInsert.For(connection, SectionSql);
        foreach (var s in result.Sections)
        {
            sections.Run(transaction, s.OlderSectionId, s.NewerSectionId, s.Status, s.Similarity);
        }

        var sentences = PreparedInsert.For(connection, SentenceSql);
        foreach (var s in result.Sentences)
        {
            sentences.Run(transaction, s.OlderBlockId, s.OlderSentence, s.NewerBlockId, s.NewerSentence, s.Relation, s.Share);
        }
    }
}
