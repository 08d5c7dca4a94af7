using JapanUsRelations.Benchmarks;

return await BenchmarkCommand.RunAsync(args).ConfigureAwait(false);
