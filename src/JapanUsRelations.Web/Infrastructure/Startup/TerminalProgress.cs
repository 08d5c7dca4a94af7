using JapanUsRelations.Ingestion;
using Spectre.Console;

namespace JapanUsRelations.Web.Infrastructure.Startup;

/// <summary>
/// The <c>ingest</c> command in a terminal: live Spectre.Console progress bars (count, percentage, time left) for
/// the first pass (every seed read for its metadata and id) and for the streamed pass (each edition parsed,
/// enriched, stored and compared with its predecessor), then a spinner while the lineage finishes and the new database
/// is swapped in. When output is not a terminal, <see cref="ProgressLog"/> writes plain
/// structured lines instead.
/// </summary>
public static class TerminalProgress
{
    /// <summary>Whether standard output is an interactive terminal.</summary>
    public static bool IsTerminal => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs the ingestion under a progress bar.</summary>
    public static IngestionSummary Run(EditionsOptions options, ILoggerFactory loggerFactory, int seeds)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        IngestionSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var reading = context.AddTask($"Reading {seeds} seeds (ids)", maxValue: Math.Max(1, seeds));
                var writing = context.AddTask("Parse, facts, topics, store, lineage", autoStart: false, maxValue: Math.Max(1, seeds));
                var storing = context.AddTask("Last comparisons, swap", autoStart: false, maxValue: 1);
                var progress = new Progress(reading, writing, storing);
                using var quiet = new WarningsOnlyLoggerFactory(loggerFactory);
                summary = JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(quiet).Run(options.SeedsPath, options.DatabasePath, progress);
                storing.Value = 1;
            });
        return summary!;
    }

    private sealed class Progress(ProgressTask reading, ProgressTask writing, ProgressTask storing) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value)
        {
            reading.Value = Math.Max(reading.Value, value.Read);
            if (value.Written > 0)
            {
                writing.StartTask();
                writing.Value = value.Written;
            }

            if (value.Finishing)
            {
                storing.StartTask();
                storing.IsIndeterminate = true;
            }
        }
    }
}
