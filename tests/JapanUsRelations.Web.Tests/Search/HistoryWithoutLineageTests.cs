using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Search;
using JapanUsRelations.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Web.Tests.Search;

/// <summary>
/// Over a database built before lineage (its <c>passage_link</c> table missing), a hit's history falls back to exact
/// text within its report and never overstates: a passage the newest edition does not hold as written is "not in the
/// latest edition as written", never "removed" (it may have been reworded).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HistoryWithoutLineageTests(RunningSite site) : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "jur-nolineage-" + Guid.NewGuid().ToString("N") + ".db");

    private ReadStore StoreWithoutLineage()
    {
        using (var source = new SqliteConnection($"Data Source={site.DatabasePath};Mode=ReadOnly;Pooling=False"))
        using (var target = new SqliteConnection($"Data Source={_copy};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
            using var drop = target.CreateCommand();
            drop.CommandText = "DROP TABLE passage_link";
            drop.ExecuteNonQuery();
        }

        return new ReadStore(_copy, NullLogger<ReadStore>.Instance);
    }

    private static HitHistory HistoryOf(ReadStore store, string editionId, string anchor)
    {
        var edition = store.Editions.Find(editionId)!;
        var block = edition.AllBlocks().Single(b => b.Block.Anchor == anchor).Block;
        return new PassageHistory(store).For(edition, block);
    }

    [Fact]
    public void A_passage_the_newest_edition_lacks_as_written_is_not_called_removed()
    {
        var store = StoreWithoutLineage();
        try
        {
            store.Lineage.IsAvailable.Should().BeFalse();

            // 2024 "Russia and Ukraine" (p9): gone from 2026, but without lineage that cannot be told from a rewording.
            var russia = HistoryOf(store, "2024-11-05", "p9");
            russia.Note.Should().Be("November 2024 only; not in the latest edition (February 2026) as written");
            russia.Latest.State.Should().Be("changed");
            russia.Latest.Url.Should().BeNull();

            // 2024's defense-posture paragraph (p6) was reworded in 2026: still not "removed".
            var defense = HistoryOf(store, "2024-11-05", "p6");
            defense.Note.Should().NotContain("removed").And.Contain("not in the latest edition");
            defense.StandsIn.Should().Equal("2024-11-05");

            var latest = HistoryOf(store, "2026-02-05", "p8");
            latest.Latest.State.Should().Be("latest");
            latest.Note.Should().Be("In the latest edition; not in an earlier one as written", "no 2024 paragraph has its exact text, but it may have been reworded: not \"new\"");
        }
        finally
        {
            store.Close();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_copy);
    }
}
