using System.Diagnostics;
using System.Globalization;

namespace JapanUsRelations.Benchmarks;

/// <summary>Times an action: warm-up runs, then N timed runs; reports median, p95, min and max in milliseconds.</summary>
internal sealed record Measurement(string Name, int Iterations, double Median, double P95, double Min, double Max)
{
    public static async Task<Measurement> RunAsync(string name, int warmup, int iterations, Func<Task> action)
    {
        for (int i = 0; i < warmup; i++)
        {
            await action().ConfigureAwait(false);
        }

        var times = new double[iterations];
        for (int i = 0; i < iterations; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await action().ConfigureAwait(false);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return new Measurement(name, iterations, Percentile(times, 0.5), Percentile(times, 0.95), times[0], times[^1]);
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture, $"| {Name} | {Iterations} | {Median:0.00} | {P95:0.00} | {Min:0.00} | {Max:0.00} |");

    private static double Percentile(double[] sorted, double p)
    {
        double rank = p * (sorted.Length - 1);
        int lo = (int)Math.Floor(rank);
        int hi = (int)Math.Ceiling(rank);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (rank - lo));
    }
}
