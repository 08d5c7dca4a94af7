using System.Security.Cryptography;
using CsCheck;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Hostile;

/// <summary>
/// Property-based fuzzing of ingestion with CsCheck: a real seed or corpus file, damaged one way
/// (<see cref="MutationKind"/>), under an ordinary or odd name, sometimes beside a duplicate of itself, is ingested over
/// a served database. Every case must end in a safe ingest or a clear <see cref="IngestionException"/> naming the file,
/// within a hang bound, and on failure the served database must be byte-identical with nothing left behind.
/// Quick run (CI): 300 cases. Long run: <c>FUZZ_ITERATIONS=10000 dotnet test tests/JapanUsRelations.Ingestion.Tests -c Release --filter "FullyQualifiedName~SeedFuzzTests"</c>;
/// replay a failure with <c>FUZZ_SEED=...</c> (CsCheck prints it).
/// </summary>
public sealed class SeedFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);
    private static readonly IReadOnlyList<(string Name, byte[] Bytes)> Sources = LoadSources();
    private readonly TempSeeds _served = BuildServed();

    private static IReadOnlyList<(string Name, byte[] Bytes)> LoadSources()
    {
        var files = Directory.GetFiles(Seeds.Directory).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        if (Directory.Exists(JapanUsRelations.Ingestion.Tests.Corpus.CorpusFiles.Directory))
        {
            files.AddRange(Directory.GetFiles(JapanUsRelations.Ingestion.Tests.Corpus.CorpusFiles.Directory, "*.html"));
        }

        return files.Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    private static TempSeeds BuildServed()
    {
        var served = new TempSeeds();
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(served.SeedsPath, served.DatabasePath);
        return served;
    }

    private static Gen<(SeedMutation Mutation, bool Duplicate)> Cases =>
        Gen.Select(
            Gen.Int[0, Sources.Count - 1],
            Gen.Enum<MutationKind>(),
            Gen.Double[0, 1],
            Gen.Frequency((3, Gen.Int[1, 40]), (2, Gen.Int[1, SeedMutation.MaxSize])),
            Gen.Int[0, SeedMutation.OddNames.Count - 1],
            Gen.Int[0, 9],
            (source, kind, where, size, name, dup) => (new SeedMutation(source, kind, where, size, name), dup == 0));

    [Fact]
    public void Every_damaged_seed_ingests_safely_or_fails_clearly_and_leaves_the_served_database_untouched()
    {
        long iterations = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out long n) ? n : 300;
        string? seed = Environment.GetEnvironmentVariable("FUZZ_SEED");
        int ingested = 0, refused = 0;
        Cases.Sample(
            c =>
            {
                if (RunCase(c.Mutation, c.Duplicate))
                {
                    Interlocked.Increment(ref ingested);
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            },
            writeLine: output.WriteLine,
            seed: seed,
            iter: iterations,
            threads: 1,
            print: c => $"{c.Mutation} duplicate={c.Duplicate} source={Sources[c.Mutation.Source].Name}");
        output.WriteLine($"{iterations} cases: {ingested} ingested, {refused} refused with a clear error");
        (ingested + refused).Should().BeGreaterThanOrEqualTo((int)Math.Min(iterations, int.MaxValue));
    }

    // True when the case ingested, false when it was refused clearly; throws (failing the property) otherwise.
    private bool RunCase(SeedMutation mutation, bool duplicate)
    {
        string root = Path.Combine(_served.Root, "case-" + Guid.NewGuid().ToString("N"));
        string seeds = Path.Combine(root, "seeds");
        string data = Path.Combine(root, "data");
        string database = Path.Combine(data, "editions.db");
        Directory.CreateDirectory(seeds);
        Directory.CreateDirectory(data);
        try
        {
            File.Copy(_served.DatabasePath, database);
            string name = SeedMutation.OddNames[mutation.Name];
            byte[] bytes = mutation.Apply(Sources[mutation.Source].Bytes);
            File.WriteAllBytes(Path.Combine(seeds, name), bytes);
            if (duplicate)
            {
                File.WriteAllBytes(Path.Combine(seeds, "copy-of-" + name), bytes);
            }

            var work = Task.Run(() => IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(seeds, database));
            if (!work.Wait(HangBound))
            {
                throw new TimeoutException($"ingestion did not finish within {HangBound.TotalSeconds} s");
            }

            JapanUsRelations.Store.EditionReader.LoadAll(database).Should().NotBeEmpty();
            return true;
        }
        catch (AggregateException e) when (e.InnerException is IngestionException clear)
        {
            clear.Message.Should().NotContain("   at ", "an error is a message, not a stack trace");
            (clear.Message.Contains(SeedMutation.OddNames[mutation.Name], StringComparison.Ordinal)
             || clear.Message.Contains(seeds, StringComparison.Ordinal)
             || clear.Message.StartsWith("copy-of-", StringComparison.Ordinal)).Should().BeTrue($"the error names the file: {clear.Message}");
            Hash(database).Should().Be(Hash(_served.DatabasePath), "a failed ingestion leaves the served database byte-identical");
            Directory.GetFiles(data).Select(Path.GetFileName).Should().Equal("editions.db");
            return false;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <inheritdoc />
    public void Dispose() => _served.Dispose();
}
