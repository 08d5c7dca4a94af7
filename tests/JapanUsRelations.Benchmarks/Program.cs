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

return await BenchmarkCommand.RunAsync(args).ConfigureAwait(false);
