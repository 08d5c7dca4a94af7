using JapanUsRelations.Ingestion;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Caching;
using JapanUsRelations.Web.Infrastructure.Serving;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Web.Tests.Hostile;

/// <summary>
/// The served-database holder over real SQLite files ingested from the real seeds: a request keeps reading the
/// snapshot it started with after the file is replaced, a swapped link is followed, a broken new file is refused
/// while the old one goes on being served.
/// </summary>
public sealed class ServedStoreTests : IDisposable
{
    private const string MarkerWord = "quillwort";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jur-served-" + Guid.NewGuid().ToString("N"));

    public ServedStoreTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "seeds"));
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(_folder, "seeds", Path.GetFileName(file)));
        }
    }

    private string Seeds => Path.Combine(_folder, "seeds");

    [Fact]
    public void A_request_started_before_the_file_is_replaced_reads_the_old_database_to_its_end_even_through_new_connections()
    {
        string database = Path.Combine(_folder, "editions.db");
        Ingest(database, marked: false);
        using var served = Holder(database);
        using var before = served.Acquire();
        string oldBuild = before.Required.Fingerprint;

        Ingest(database, marked: true); // renamed over the served file
        served.Refresh().Should().BeTrue("the path now holds another build");
        using var after = served.Acquire();

        after.Required.Fingerprint.Should().NotBe(oldBuild);
        Hits(after.Required).Should().NotBeEmpty("the new build has the marked paragraph");
        // More searches at once than the old snapshot has open connections: the ones it cannot open on the (replaced) path wait for its own.
        Parallel.For(0, 4 * SnapshotConnections.MaxConnections, _ => Hits(before.Required).Should().BeEmpty("the old build has no such paragraph"));
        before.Required.Fingerprint.Should().Be(oldBuild);
    }

    [Fact]
    public void The_old_snapshot_closes_its_file_when_its_last_request_ends_not_before()
    {
        string database = Path.Combine(_folder, "editions.db");
        Ingest(database, marked: false);
        using var served = Holder(database);
        var lease = served.Acquire();
        Ingest(database, marked: true);
        served.Refresh().Should().BeTrue();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // ingestion's pooled connections to the file it replaced

        ReplacedFiles.StillOpen(_folder).Should().NotBeEmpty("a request still reads the replaced file");
        lease.Dispose();
        ReplacedFiles.StillOpen(_folder).Should().BeEmpty("no request reads the replaced file any more");
    }

    [Fact]
    public void Swapping_the_link_the_site_serves_rolls_out_the_new_database()
    {
        string v1 = Path.Combine(_folder, "editions-v1.db");
        string v2 = Path.Combine(_folder, "editions-v2.db");
        string link = Path.Combine(_folder, "editions.db");
        Ingest(v1, marked: false);
        Ingest(v2, marked: true);
        File.CreateSymbolicLink(link, v1);
        using var served = Holder(link);
        Hits(served.Current!).Should().BeEmpty();

        File.CreateSymbolicLink(link + ".new", v2);
        File.Move(link + ".new", link, overwrite: true);
        served.Refresh().Should().BeTrue("the link leads to another file");

        Hits(served.Current!).Should().NotBeEmpty("v2 is served");
    }

    [Fact]
    public void A_broken_file_renamed_over_the_served_one_is_refused_and_the_old_database_goes_on_being_served()
    {
        string database = Path.Combine(_folder, "editions.db");
        Ingest(database, marked: false);
        using var served = Holder(database);
        string build = served.Current!.Fingerprint;

        File.WriteAllBytes(database + ".broken", System.Text.Encoding.ASCII.GetBytes("SQLite format 3\0 but not really a database"));
        File.Move(database + ".broken", database, overwrite: true);

        served.Refresh().Should().BeFalse("the new file cannot be opened");
        served.Current!.Fingerprint.Should().Be(build);
        Hits(served.Current!).Should().BeEmpty("and its searches still run, on the old file");
    }

    [Fact]
    public void A_broken_file_with_nothing_served_yet_serves_nothing_without_throwing_until_a_good_one_replaces_it()
    {
        string database = Path.Combine(_folder, "editions.db");
        File.WriteAllBytes(database, System.Text.Encoding.ASCII.GetBytes("not a database at all"));
        using var served = Holder(database);

        served.Current.Should().BeNull("a request asking for the snapshot gets none, not an exception");
        using (var lease = served.Acquire())
        {
            lease.Store.Should().BeNull();
        }

        Ingest(database, marked: true);
        Hits(served.Current!).Should().NotBeEmpty("the good file is opened as soon as it is there");
    }

    [Fact]
    public void Swapping_in_a_new_database_empties_the_rendered_response_cache()
    {
        string database = Path.Combine(_folder, "editions.db");
        Ingest(database, marked: false);
        using var served = Holder(database);
        using var responses = new RenderedResponseStore(new ResponseCacheOptions(), served);
        string build = served.Current!.Fingerprint;
        responses.Keep(new ResponseCacheKey(build, "http://127.0.0.1/editions", ContentCoding.Identity), new CachedResponse(200, [], [1, 2, 3], ContentCoding.Identity, "\"x\""));
        responses.Count.Should().Be(1);

        Ingest(database, marked: true);
        served.Refresh().Should().BeTrue();

        responses.Count.Should().Be(0, "pages of the replaced build can never be served again");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Ingest(string database, bool marked)
    {
        string seed = Path.Combine(Seeds, "2018-crs-japan-us-relations-summary.txt");
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, Path.GetFileName(seed)));
        File.WriteAllText(seed, marked ? text.TrimEnd('\n') + $"\n\nA paragraph only the marked seeds have: {MarkerWord}.\n" : text);
        IngestionPipeline.CreateDefault(NullLoggerFactory.Instance).Run(Seeds, database);
    }

    private static ServedStore Holder(string path) =>
        new(new EditionsOptions { DatabasePath = path, ServedPath = path, ReloadCheckSeconds = 0 }, NullLogger<ServedStore>.Instance, NullLogger<ReadStore>.Instance, []);

    private static IReadOnlyList<SearchRow> Hits(ReadStore store) => store.Search.Run(MarkerWord, new SearchFilter([], null, null), SearchOrder.Newest, 0, 10)!;
}
