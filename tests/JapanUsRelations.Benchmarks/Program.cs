using JapanUsRelations.Benchmarks;

if (args.Length == 3 && args[0] == "static-files")
{
    return await StaticFileServer.RunAsync(args[1], args[2]).ConfigureAwait(false);
}

if (args.Length >= 1 && args[0] == "suites")
{
    // BenchmarkDotNet: suites --filter '*Ingestion*' | '*Comparison*' | '*PageRendering*' (see docs/benchmarks.md)
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(JapanUsRelations.Benchmarks.Suites.SuiteConfig).Assembly)
        .Run(args[1..], JapanUsRelations.Benchmarks.Suites.SuiteConfig.Short);
    return 0;
}

if (args.Length >= 2 && args[0] == "ingest")
{
    int runs = Array.IndexOf(args, "--runs") is var r and >= 0 ? int.Parse(args[r + 1], System.Globalization.CultureInfo.InvariantCulture) : 3;
    return await IngestionBenchmark.RunAsync(args[1], runs).ConfigureAwait(false);
}

if (args.Length >= 2 && args[0] == "lineage")
{
    // Ingestion with and without the lineage stage, alternating (see docs/benchmarks.md).
    int runs = Array.IndexOf(args, "--runs") is var r and >= 0 ? int.Parse(args[r + 1], System.Globalization.CultureInfo.InvariantCulture) : 3;
    return LineageBenchmark.Run(args[1], runs);
}

if (args.Length >= 2 && args[0] == "chain")
{
    // The lineage stage's comparisons and their encoding alone, per pair (see docs/benchmarks.md).
    int runs = Array.IndexOf(args, "--runs") is var r and >= 0 ? int.Parse(args[r + 1], System.Globalization.CultureInfo.InvariantCulture) : 3;
    int workers = Array.IndexOf(args, "--workers") is var w and >= 0 ? int.Parse(args[w + 1], System.Globalization.CultureInfo.InvariantCulture) : 1;
    return ChainBenchmark.Run(args[1], runs, workers);
}

if (args.Length >= 2 && args[0] == "chain-hash")
{
    return ChainBenchmark.Hash(args[1], args.Contains("--all-pairs"));
}

return await BenchmarkCommand.RunAsync(args).ConfigureAwait(false);
