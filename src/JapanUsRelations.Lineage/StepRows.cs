using Dapper;
using JapanUsRelations.Comparison.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Lineage;

/// <summary>Writes one compared step's rows: <c>edition_step</c>, <c>passage_link</c>, <c>section_link</c>, <c>sentence_link</c>.</summary>
internal static class StepRows
{
    /// <summary>Inserts <paramref name="result"/>'s rows in <paramref name="transaction"/>.</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, StepResult result)
    {
        connection.Execute(
            """
            INSERT INTO edition_step (newer_edition_id, older_edition_id, changed_share, raw_changed_share, comparison_format, comparison)
            VALUES (@newer, @older, @changed, @raw, @format, @comparison)
            """,
            new
            {
                newer = result.NewerRowId, older = result.OlderRowId, changed = result.ChangedShare, raw = result.RawChangedShare,
                format = ComparisonCodec.Format, comparison = result.Comparison,
            },
            transaction);
        connection.Execute(
            "INSERT INTO passage_link (older_block_id, newer_block_id, relation, share) VALUES (@OlderBlockId, @NewerBlockId, @Relation, @Share)",
            result.Passages, transaction);
        connection.Execute(
            "INSERT INTO section_link (older_section_id, newer_section_id, status, similarity) VALUES (@OlderSectionId, @NewerSectionId, @Status, @Similarity)",
            result.Sections, transaction);
        connection.Execute(
            """
            INSERT INTO sentence_link (older_block_id, older_sentence, newer_block_id, newer_sentence, relation, share)
            VALUES (@OlderBlockId, @OlderSentence, @NewerBlockId, @NewerSentence, @Relation, @Share)
            """,
            result.Sentences, transaction);
    }
}
