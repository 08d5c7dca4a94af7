using JapanUsRelations.Benchmarks;

if (args.Length == 3 && args[0] == "static-files")
{
    return await StaticFileServer.RunAsync(args[1], args[2]).ConfigureAwait(false);
}

return await BenchmarkCommand.RunAsync(args).ConfigureAwait(false);
