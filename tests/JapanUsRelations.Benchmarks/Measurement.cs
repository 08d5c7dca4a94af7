using System.Diagnostics;
using System.Globalization;

namespace JapanUsRelations.Benchmarks;

/// <summary>
/// Times an action: warm-up runs, then N timed runs; reports median, p95, min and max in milliseconds, and the median
/// processor time the process spent per run (all threads: on a machine shared with other work it moves less than
/// the wall clock).
/// </summary>
internal sealed record Measurement(string Name, int Iterations, double Median, double P95, double Min, double Max, double MedianCpu = 0)
{
    public static async Task<Measurement> RunAsync(string name, int warmup, int iterations, Func<Task> action)
    {
        for (int i = 0; i < warmup; i++)
        {
            await action().ConfigureAwait(false);
        }

        var times = new double[iterations];
        var cpu = new double[iterations];
        for (int i = 0; i < iterations; i++)
        {
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            await action().ConfigureAwait(false);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds;
        }

        Array.Sort(times);
        Array.Sort(cpu);
        return new Measurement(name, iterations, Percentile(times, 0.5), Percentile(times, 0.95), times[0], times[^1], Percentile(cpu, 0.5));
    }

    /// <summary>
    /// Times several actions taking turns (warm-up rounds, then <paramref name="iterations"/> rounds of each action
    /// once, in order), so every action meets the same load on a shared machine.
    /// </summary>
    public static IReadOnlyList<Measurement> Alternate(int warmup, int iterations, params (string Name, Action Action)[] actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        for (int i = 0; i < warmup; i++)
        {
            foreach (var (_, action) in actions)
            {
                action();
            }
        }

        var times = actions.Select(_ => new double[iterations]).ToArray();
        var cpu = actions.Select(_ => new double[iterations]).ToArray();
        for (int i = 0; i < iterations; i++)
        {
            for (int a = 0; a < actions.Length; a++)
            {
                var processor = Process.GetCurrentProcess().TotalProcessorTime;
                long start = Stopwatch.GetTimestamp();
                actions[a].Action();
                times[a][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu[a][i] = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds;
            }
        }

        return [.. actions.Select((a, k) =>
        {
            Array.Sort(times[k]);
            Array.Sort(cpu[k]);
            return new Measurement(a.Name, iterations, Percentile(times[k], 0.5), Percentile(times[k], 0.95), times[k][0], times[k][^1], Percentile(cpu[k], 0.5));
        })];
    }

    /// <summary>The header of <see cref="Row"/>'s table.</summary>
    public const string Header = "| What | Runs | Median ms | p95 ms | Min ms | Max ms | Median CPU ms |\n|------|-----:|----------:|-------:|-------:|-------:|--------------:|";

    public string Row() => string.Create(CultureInfo.InvariantCulture, $"| {Name} | {Iterations} | {Median:0.00} | {P95:0.00} | {Min:0.00} | {Max:0.00} | {MedianCpu:0} |");

    private static double Percentile(double[] sorted, double p)
    {
        double rank = p * (sorted.Length - 1);
        int lo = (int)Math.Floor(rank);
        int hi = (int)Math.Ceiling(rank);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (rank - lo));
    }
}
