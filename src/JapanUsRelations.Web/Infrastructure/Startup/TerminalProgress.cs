using JapanUsRelations.Ingestion;
using Spectre.Console;

namespace JapanUsRelations.Web.Infrastructure.Startup;

/// <summary>
/// The <c>ingest</c> command in a terminal: a live Spectre.Console progress bar (seeds parsed of all, percentage,
/// time left), then the store as a spinner. When output is not a terminal, <see cref="ProgressLog"/> writes plain
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
                var parsing = context.AddTask($"Parsing {seeds} seeds", maxValue: Math.Max(1, seeds));
                var storing = context.AddTask("Facts, topics, store", autoStart: false, maxValue: 1);
                var progress = new Progress(parsing, storing, seeds);
                using var quiet = new WarningsOnlyLoggerFactory(loggerFactory);
                summary = JapanUsRelations.Lineage.CorpusIngestion.CreateDefault(quiet).Run(options.SeedsPath, options.DatabasePath, progress);
                storing.Value = 1;
            });
        return summary!;
    }

    private sealed class Progress(ProgressTask parsing, ProgressTask storing, int seeds) : IProgress<int>
    {
        public void Report(int value)
        {
            parsing.Value = value;
            if (value >= seeds)
            {
                storing.StartTask();
                storing.IsIndeterminate = true;
            }
        }
    }
}
