using System.Diagnostics;
using Dapper;
using JapanUsRelations.Comparison;
using JapanUsRelations.Comparison.Storage;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Lineage;

/// <summary>
/// The lineage stage: after every edition is written, compares each edition once with its predecessor on its
/// subject (<see cref="EditionSteps"/>; the comparisons run on every core) and writes, in the ingestion's
/// transaction, the step with its whole comparison (<c>edition_step</c>, migration 009), the passage and section
/// links (<c>passage_link</c>, <c>section_link</c>, 010) and the sentence links (<c>sentence_link</c>, 011).
/// </summary>
public sealed class LineageWriter : ICorpusTableWriter
{
    private readonly ILogger<LineageWriter> _logger;
    private readonly ComparisonOptions _options;

    /// <summary>A stage comparing with <paramref name="options"/> (the defaults when null).</summary>
    public LineageWriter(ILogger<LineageWriter> logger, ComparisonOptions? options = null)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _options = options ?? ComparisonOptions.Default;
    }

    /// <summary>This build's lineage: the versions of the comparison engine's and this stage's code.</summary>
    public static string CurrentVersion { get; } = ParserVersion.Of(typeof(EditionComparer).Assembly) + "." + ParserVersion.Of(typeof(LineageWriter).Assembly);

    /// <inheritdoc />
    public string Version => CurrentVersion;

    /// <inheritdoc />
    public void Write(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<WrittenEdition> editions)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(editions);
        long start = Stopwatch.GetTimestamp();
        var written = new Dictionary<Ingestion.Model.Edition, WrittenEditionBlocks>(ReferenceEqualityComparer.Instance);
        foreach (var edition in editions)
        {
            written[edition.Edition] = WrittenEditionBlocks.Of(edition);
        }

        var pairs = EditionSteps.Of(editions.Select(w => w.Edition).ToList());
        var sections = new Dictionary<long, IReadOnlyDictionary<string, long>>();
        IReadOnlyDictionary<string, long> SectionsOf(WrittenEdition edition)
        {
            if (!sections.TryGetValue(edition.RowId, out var bySlug))
            {
                sections[edition.RowId] = bySlug = connection.Query<(long Id, string Slug)>(
                    "SELECT id, slug FROM section WHERE edition_id = @editionId", new { editionId = edition.RowId }, transaction)
                    .ToDictionary(s => s.Slug, s => s.Id, StringComparer.Ordinal);
            }

            return bySlug;
        }

        var steps = pairs.Select(p =>
        {
            var older = written[p.Older];
            var newer = written[p.Newer];
            return new WrittenStep(older, newer, SectionsOf(older.Written), SectionsOf(newer.Written));
        }).ToList();

        var results = new StepResult[steps.Count];
        try
        {
            EditionComparer.CompareEach(pairs, (i, comparison) =>
            {
                var step = steps[i];
                var (passages, sectionLinks, sentences) = StepLinks.Of(comparison, step);
                results[i] = new StepResult(step, comparison.ChangedShare, comparison.RawChangedShare, ComparisonCodec.Encode(comparison), passages, sectionLinks, sentences);
            }, _options);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var compared = Stopwatch.GetElapsedTime(start);
        foreach (var result in results)
        {
            connection.Execute(
                """
                INSERT INTO edition_step (newer_edition_id, older_edition_id, changed_share, raw_changed_share, comparison_format, comparison)
                VALUES (@newer, @older, @changed, @raw, @format, @comparison)
                """,
                new
                {
                    newer = result.Step.Newer.Written.RowId, older = result.Step.Older.Written.RowId, changed = result.ChangedShare, raw = result.RawChangedShare,
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

        var total = Stopwatch.GetElapsedTime(start);
        _logger.LogInformation(
            "Lineage: {Steps} editions compared with their predecessors in {CompareMs} ms, {Links} passage links and {Sentences} sentence links written in {WriteMs} ms",
            results.Length, (long)compared.TotalMilliseconds, results.Sum(r => r.Passages.Count), results.Sum(r => r.Sentences.Count), (long)(total - compared).TotalMilliseconds);
    }

    private sealed record StepResult(WrittenStep Step, double ChangedShare, double RawChangedShare, byte[] Comparison, List<PassageLinkRow> Passages, List<SectionLinkRow> Sections, List<SentenceLinkRow> Sentences);
}
