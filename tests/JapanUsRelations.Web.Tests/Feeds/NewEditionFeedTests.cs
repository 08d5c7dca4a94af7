using JapanUsRelations.Web.Tests.Support;

namespace JapanUsRelations.Web.Tests.Feeds;

/// <summary>
/// A new edition dropped into a copy of the seeds (the February 5, 2026 IF10199 text, updated "August 1, 2026",
/// with the troop figure "around 60,000" changed to "around 55,000") adds exactly one entry to the editions feed,
/// with that change inside, and one to the report's and the fact's feeds.
/// </summary>
public sealed class NewEditionFeedTests
{
    [Fact]
    public async Task A_new_edition_adds_exactly_one_entry_with_its_changes_inside()
    {
        string seeds = Path.Combine(Path.GetTempPath(), "jur-feed-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seeds);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }

        var before = RunningSite.Over(seeds);
        await before.InitializeAsync();
        IReadOnlyList<string> oldIds;
        try
        {
            oldIds = (await AtomFeed.LoadAsync(before.Client, "/feeds/editions.atom")).Items.Select(i => i.Id).ToList();
        }
        finally
        {
            await before.DisposeAsync();
        }

        string text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Seeds, "2026-02-05-crs-in-focus-if10199.txt"));
        text.Should().Contain("Updated February 5, 2026").And.Contain("currently around 60,000");
        await File.WriteAllTextAsync(Path.Combine(seeds, "2026-08-01-crs-in-focus-if10199.txt"),
            text.Replace("Updated February 5, 2026", "Updated August 1, 2026", StringComparison.Ordinal)
                .Replace("currently around 60,000", "currently around 55,000", StringComparison.Ordinal));
        string manifest = Path.Combine(seeds, "manifest.json");
        string json = await File.ReadAllTextAsync(manifest);
        await File.WriteAllTextAsync(manifest, json.Replace("\"editions\": [",
            "\"editions\": [\n    { \"file\": \"2026-08-01-crs-in-focus-if10199.txt\", \"subject\": \"japan-us-relations\", \"series\": \"CRS In Focus\", \"government\": true },",
            StringComparison.Ordinal));

        var after = RunningSite.Over(seeds);
        await after.InitializeAsync();
        try
        {
            var feed = await AtomFeed.LoadAsync(after.Client, "/feeds/editions.atom");
            var added = feed.Items.Where(i => !oldIds.Contains(i.Id)).Should().ContainSingle().Subject;
            feed.Items.Select(i => i.Id).Should().HaveCount(oldIds.Count + 1).And.Contain(oldIds);
            feed.Items.First().Should().BeSameAs(added, "the newest edition comes first");
            added.Id.Should().Be("tag:japan-us-relations-editions,2026:editions/2026-08-01");
            added.Links.Single().Uri.AbsolutePath.Should().Be("/compare/2026-02-05/2026-08-01");
            var html = AtomFeed.Content(added);
            html.Body!.TextContent.Should().Contain("1 word added and 1 removed", "one figure changed");
            html.QuerySelectorAll("del").Should().ContainSingle();
            html.QuerySelectorAll("ins").Should().ContainSingle();
            DiffSides.Of(html, newer: false).Should().ContainSingle().Which.Should().Contain("currently around 60,000—");
            DiffSides.Of(html, newer: true).Should().ContainSingle().Which.Should().Contain("currently around 55,000—");

            var report = await AtomFeed.LoadAsync(after.Client, "/feeds/reports/IF10199.atom");
            report.Items.Select(i => i.Id[(i.Id.LastIndexOf('/') + 1)..]).Should().Equal("2026-08-01", "2026-02-05", "2024-11-05");
            var troops = await AtomFeed.LoadAsync(after.Client, "/feeds/facts/us-troops-in-japan.atom");
            troops.Items.First().Title.Text.Should().Contain("around 60,000 → around 55,000");
        }
        finally
        {
            await after.DisposeAsync();
            Directory.Delete(seeds, recursive: true);
        }
    }
}
