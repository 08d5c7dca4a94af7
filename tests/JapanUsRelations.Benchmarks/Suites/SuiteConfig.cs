using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace JapanUsRelations.Benchmarks.Suites;

/// <summary>Short in-process runs (3 warm-ups, 5 iterations): the shared 2-core machine allows a minute or two per run.</summary>
internal static class SuiteConfig
{
    public static IConfig Short { get; } = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1).WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
