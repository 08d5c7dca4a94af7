using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Lineage;

/// <summary>
/// The lineage stage: compares each edition once with its predecessor on its subject (<see cref="EditionSteps"/>,
/// planned from every edition's metadata before the first is written) as soon as both are written, on every core
/// beside the writes (<see cref="LineageSession"/>), and writes, in the ingestion's transaction, the step with its
/// whole comparison (<c>edition_step</c>, migration 009), the passage and section links (<c>passage_link</c>,
/// <c>section_link</c>, 010) and the sentence links (<c>sentence_link</c>, 011).
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
    public ICorpusTableSession Begin(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Edition> corpus)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(corpus);
        return new LineageSession(connection, transaction, EditionSteps.Of(corpus), _options, _logger);
    }
}
