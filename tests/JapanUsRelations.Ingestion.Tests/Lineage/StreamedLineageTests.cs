using Dapper;
using JapanUsRelations.Ingestion.Tests.Support;
using JapanUsRelations.Lineage;
using JapanUsRelations.SyntheticCorpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Lineage;

/// <summary>
/// Lineage is compared beside the writes, each step as soon as both its editions are written: whatever order the
/// files come in (file-name order is the write order, the steps follow the timeline), the steps and links are the same.
/// </summary>
public sealed class StreamedLineageTests : IDisposable
{
    private readonly TempSeeds _seeds = new(copyRealSeeds: false);

    [Fact]
    public void Steps_and_links_are_the_same_when_the_files_come_newest_first()
    {
        string dated = Path.Combine(_seeds.Root, "dated");
        string reversed = Path.Combine(_seeds.Root, "reversed");
        var generated = CorpusGenerator.Generate(Seeds.Directory, dated, new CorpusOptions { Editions = 24, Seed = 9 });
        Directory.CreateDirectory(reversed);
        string manifest = File.ReadAllText(Path.Combine(dated, "manifest.json"));
        var files = Directory.GetFiles(dated).Select(f => Path.GetFileName(f)!).Where(f => f != "manifest.json").Order(StringComparer.Ordinal).ToList();
        for (int i = 0; i < files.Count; i++)
        {
            // The newest edition gets the first name: every step's newer edition is written before its older one.
            string name = $"{files.Count - i:D3}-{files[i]}";
            File.Copy(Path.Combine(dated, files[i]), Path.Combine(reversed, name));
            manifest = manifest.Replace($"\"{files[i]}\"", $"\"{name}\"", StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(reversed, "manifest.json"), manifest);
        string inOrder = Path.Combine(_seeds.DataPath, "in-order.db");
        string newestFirst = Path.Combine(_seeds.DataPath, "newest-first.db");
        CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(dated, inOrder);
        CorpusIngestion.CreateDefault(NullLoggerFactory.Instance).Run(reversed, newestFirst);

        var steps = Steps(inOrder);
        steps.Should().HaveCount(generated.Count - 1, "one report: every edition but the first has a predecessor");
        Steps(newestFirst).Should().Equal(steps);
        FirstEditionWritten(newestFirst).Should().Be(steps[^1].Newer, "the newest edition was written first");
        Links(newestFirst).Should().Equal(Links(inOrder));
        Links(inOrder).Should().HaveCountGreaterThan(generated.Count * 5, "chains of one report link most passages");
    }

    private static List<(string Older, string Newer, string Comparison)> Steps(string database)
    {
        using var connection = JapanUsRelations.Ingestion.Storage.Database.Open(database);
        return connection.Query<(string, string, byte[], double)>(
            """
            SELECT o.slug, n.slug, s.comparison, s.changed_share FROM edition_step s
            JOIN edition o ON o.id = s.older_edition_id JOIN edition n ON n.id = s.newer_edition_id ORDER BY n.published, n.slug
            """).Select(s => (s.Item1, s.Item2, $"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(s.Item3))} {s.Item4:R}")).ToList();
    }

    private static string FirstEditionWritten(string database)
    {
        using var connection = JapanUsRelations.Ingestion.Storage.Database.Open(database);
        return connection.QuerySingle<string>("SELECT slug FROM edition ORDER BY id LIMIT 1");
    }

    // Passage, section and sentence links by edition and anchor or slug (row ids differ with the write order).
    private static List<string> Links(string database)
    {
        using var connection = JapanUsRelations.Ingestion.Storage.Database.Open(database);
        var passages = connection.Query<string>(
            """
            SELECT eo.slug || '#' || o.anchor || ' -> ' || en.slug || '#' || n.anchor || ' ' || l.relation || ' ' || l.share
            FROM passage_link l JOIN block o ON o.id = l.older_block_id JOIN block n ON n.id = l.newer_block_id
            JOIN edition eo ON eo.id = o.edition_id JOIN edition en ON en.id = n.edition_id
            """);
        var sections = connection.Query<string>(
            """
            SELECT eo.slug || '/' || o.slug || ' -> ' || en.slug || '/' || n.slug || ' ' || l.status || ' ' || l.similarity
            FROM section_link l JOIN section o ON o.id = l.older_section_id JOIN section n ON n.id = l.newer_section_id
            JOIN edition eo ON eo.id = o.edition_id JOIN edition en ON en.id = n.edition_id
            """);
        var sentences = connection.Query<string>(
            """
            SELECT eo.slug || '#' || o.anchor || '.' || l.older_sentence || ' -> ' || en.slug || '#' || n.anchor || '.' || l.newer_sentence || ' ' || l.relation || ' ' || l.share
            FROM sentence_link l JOIN block o ON o.id = l.older_block_id JOIN block n ON n.id = l.newer_block_id
            JOIN edition eo ON eo.id = o.edition_id JOIN edition en ON en.id = n.edition_id
            """);
        return passages.Concat(sections).Concat(sentences).Order(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public void Dispose() => _seeds.Dispose();
}
