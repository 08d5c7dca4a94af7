using System.Globalization;
using System.Text.Json;
using Dapper;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Store;

/// <summary>
/// Reads the editions back from the database into the model. The catalog (<see cref="LoadCatalog"/>) is one query
/// over table <c>edition</c> with each edition's byline; an edition's content (sections, blocks, notes, repairs,
/// facts, topics) is read on first use by <see cref="EditionContentReader"/>. <see cref="LoadAll"/> reads everything
/// at once, for tools and tests. Explicit column lists mapped by name, so a column added by a later migration changes
/// nothing here until it is read.
/// </summary>
public static class EditionReader
{
    /// <summary>
    /// The catalog query. It must read every row of <c>edition</c> (the site's timeline, reports and ids are over every
    /// edition); bylines come by the author table's primary key.
    /// </summary>
    [StoreQuery]
    internal const string CatalogSql =
        """
        SELECT e.id AS Id, e.slug AS Slug, e.title AS Title, e.publisher AS Publisher, e.series AS Series, e.report_number AS ReportNumber,
               e.report_key AS ReportKey, e.subject AS Subject, e.published AS Published, e.date_precision AS DatePrecision, e.date_inferred AS DateInferred,
               e.date_source AS DateSource, e.kind AS Kind, e.is_government AS IsGovernment, e.source_file AS SourceFile, e.source_sha256 AS SourceSha256,
               e.source_format AS SourceFormat,
               (SELECT json_group_array(json_array(a.ordinal, a.name, a.role)) FROM author a WHERE a.edition_id = e.id) AS Authors
        FROM edition e ORDER BY e.published IS NULL, e.published, e.slug
        """;

    /// <summary>Every edition, in publication order (undated last), fully loaded (content read now, edition by edition).</summary>
    public static IReadOnlyList<Edition> LoadAll(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        using var connection = Database.Open(databasePath);
        var schema = DatabaseSchema.Read(connection);
        return ReadCatalog(connection).Select(row =>
        {
            var content = EditionContentReader.Load(connection, schema, row.Id);
            return row.ToEdition(content.Sections, content.Notes, content.Repairs, content.Facts, content.Topics);
        }).ToList();
    }

    /// <summary>
    /// Every edition's catalog row, in publication order (undated last), with its content read through
    /// <paramref name="content"/> (by the edition's row id) when first used.
    /// </summary>
    internal static IReadOnlyList<(long RowId, Edition Edition)> LoadCatalog(SqliteConnection connection, Func<long, EditionContent> content) =>
        ReadCatalog(connection).Select(row => (row.Id, row.ToEdition(
            new ContentList<Section>(() => content(row.Id).Sections),
            new ContentList<EditionNote>(() => content(row.Id).Notes),
            new ContentList<Ingestion.Model.Repair>(() => content(row.Id).Repairs),
            new ContentList<Fact>(() => content(row.Id).Facts),
            new ContentList<TopicAssignment>(() => content(row.Id).Topics)))).ToList();

    /// <summary>True when a migration's table exists (a database built before it has none).</summary>
    internal static bool HasTable(SqliteConnection connection, string table) => DatabaseSchema.Read(connection).Has(table);

    private static List<EditionRow> ReadCatalog(SqliteConnection connection) => connection.Query<EditionRow>(CatalogSql).ToList();

    // Rows are classes with setters: Dapper maps them by column name, in any order.
    private sealed class EditionRow
    {
        public long Id { get; set; }
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";
        public string Publisher { get; set; } = "";
        public string? Series { get; set; }
        public string? ReportNumber { get; set; }
        public string ReportKey { get; set; } = "";
        public string Subject { get; set; } = "";
        public string? Published { get; set; }
        public string DatePrecision { get; set; } = "";
        public long DateInferred { get; set; }
        public string DateSource { get; set; } = "";
        public string Kind { get; set; } = "";
        public long IsGovernment { get; set; }
        public string SourceFile { get; set; } = "";
        public string SourceSha256 { get; set; } = "";
        public string SourceFormat { get; set; } = "";
        public string Authors { get; set; } = "[]";

        public Edition ToEdition(IReadOnlyList<Section> sections, IReadOnlyList<EditionNote> notes, IReadOnlyList<Ingestion.Model.Repair> repairs,
            IReadOnlyList<Fact> facts, IReadOnlyList<TopicAssignment> topics) => new()
        {
            Id = Slug, Title = Title, Publisher = Publisher, Series = Series, ReportNumber = ReportNumber,
            ReportKey = ReportKey, Subject = Subject,
            Published = Published is null ? null : DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision = Enum.Parse<DatePrecision>(DatePrecision), DateInferred = DateInferred != 0, DateSource = DateSource,
            Kind = Enum.Parse<EditionKind>(Kind), IsGovernment = IsGovernment != 0, SourceFile = SourceFile, SourceSha256 = SourceSha256,
            SourceFormat = SourceFormat,
            Authors = ReadAuthors(Authors),
            Sections = sections, Notes = notes, Repairs = repairs, Facts = facts, Topics = topics,
        };

        private static List<Author> ReadAuthors(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateArray()
                .Select(a => new Author(a[0].GetInt32(), a[1].GetString() ?? "", a[2].ValueKind == JsonValueKind.Null ? null : a[2].GetString()))
                .OrderBy(a => a.Ordinal)
                .ToList();
        }
    }
}
