using Dapper;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using JapanUsRelations.Ingestion.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JapanUsRelations.Ingestion.Tests.Storage;

/// <summary>
/// The raw prepared statement against Microsoft.Data.Sqlite: every value must be stored with the same storage class
/// and the same bytes as a plain <see cref="SqliteCommand"/> parameter stores it, and errors must be the same
/// <see cref="SqliteException"/>.
/// </summary>
public sealed class PreparedInsertTests : IDisposable
{
    private readonly TempSeeds _folder = new(copyRealSeeds: false);

    // Untyped columns have no affinity: what is stored is exactly what was bound.
    private const string RawInsert = "INSERT INTO bound (via, n, v, w) VALUES ('raw', @n, @v, @v)";
    private const string CommandInsert = "INSERT INTO bound (via, n, v, w) VALUES ('command', @n, @v, @v)";

    /// <summary>Every type the store's writers pass today (string, int, long, bool, double, null) and the edges of each.</summary>
    public static TheoryData<string, object?> WritersValues() => new()
    {
        { "null", null },
        { "DBNull", DBNull.Value },
        { "empty string", "" },
        { "ASCII", "Japan–U.S. Relations" },
        { "non-ASCII, astral plane", "日本 🗾 Ōsaka — “quoted” ½" },
        { "embedded NUL", "nul\0inside\0" },
        { "only NUL", "\0" },
        { "lone high surrogate", "before \ud800 after" },
        { "lone low surrogate at the end", "end \udc00" },
        { "long non-ASCII text (past the text buffer)", string.Concat(Enumerable.Repeat("沖縄の米軍基地 ", 2_000)) },
        { "CR LF and tab", "a\r\nb\tc" },
        { "long.MinValue", long.MinValue },
        { "long.MaxValue", long.MaxValue },
        { "long 0", 0L },
        { "int.MinValue", int.MinValue },
        { "int.MaxValue", int.MaxValue },
        { "int -1", -1 },
        { "true", true },
        { "false", false },
        { "double 0.1", 0.1 },
        { "double -0.0", -0.0 },
        { "double.Epsilon", double.Epsilon },
        { "double.MaxValue", double.MaxValue },
        { "double.MinValue", double.MinValue },
        { "+infinity", double.PositiveInfinity },
        { "-infinity", double.NegativeInfinity },
        { "double integral 60000", 60000d },
        { "decimal cast to double (the fact number)", (double?)(1m / 3m) },
    };

    /// <summary>Types no writer passes today: Microsoft.Data.Sqlite's own conversion must still be what is stored.</summary>
    public static TheoryData<string, object?> OtherValues() => new()
    {
        { "byte[] empty", Array.Empty<byte>() },
        { "byte[] with 0 and 255", new byte[] { 0, 1, 255, 0 } },
        { "DateOnly", new DateOnly(2024, 11, 5) },
        { "DateTime with ticks", new DateTime(2026, 2, 5, 13, 4, 5, DateTimeKind.Utc).AddTicks(1234567) },
        { "DateTime unspecified, midnight", new DateTime(2026, 2, 5) },
        { "DateTimeOffset", new DateTimeOffset(2026, 2, 5, 13, 4, 5, TimeSpan.FromHours(9)) },
        { "TimeSpan", TimeSpan.FromMinutes(90.5) },
        { "TimeOnly", new TimeOnly(13, 4, 5) },
        { "enum EditionKind", EditionKind.Reference },
        { "enum DatePrecision", DatePrecision.Day },
        { "decimal 0.1", 0.1m },
        { "decimal one third", 1m / 3m },
        { "decimal.MaxValue", decimal.MaxValue },
        { "float 0.1", 0.1f },
        { "short", (short)-7 },
        { "byte", (byte)200 },
        { "uint.MaxValue", uint.MaxValue },
        { "ulong.MaxValue", ulong.MaxValue },
        { "char", 'é' },
        { "Guid", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e") },
    };

    [Theory]
    [MemberData(nameof(WritersValues))]
    [MemberData(nameof(OtherValues))]
    public void A_value_is_stored_as_a_SqliteCommand_parameter_stores_it(string what, object? value)
    {
        using var connection = Open();
        var raw = Insert(connection, value);
        var command = InsertThroughCommand(connection, value);

        raw.Should().Be(command, what);
    }

    [Fact]
    public void Writers_values_keep_their_storage_class_and_content()
    {
        // Read from the values themselves, not from either path: the expected SQLite type and a text rendering of it.
        using var connection = Open();
        (object? Value, string Type, string Hex)[] expected =
        [
            (null, "null", ""),
            ("", "text", ""),
            ("nul\0in", "text", "6E756C00696E"),
            ("日", "text", "E697A5"),
            ("\ud800", "text", "EFBFBD"),
            (long.MinValue, "integer", "-9223372036854775808"),
            (int.MaxValue, "integer", "2147483647"),
            (true, "integer", "1"),
            (false, "integer", "0"),
            (0.5, "real", "0.5"),
            (new byte[] { 0, 255 }, "blob", "00FF"),
        ];
        foreach (var (value, type, rendering) in expected)
        {
            connection.Execute("DELETE FROM bound");
            using (var transaction = connection.BeginTransaction())
            {
                PreparedInsert.For(connection, RawInsert).Run(transaction, 1, value);
                transaction.Commit();
            }

            var row = connection.QuerySingle<(string Type, string Hex, string Text)>("SELECT typeof(v), hex(v), CAST(v AS TEXT) FROM bound");
            row.Type.Should().Be(type, "{0}", value);
            (type is "integer" or "real" ? row.Text : row.Hex).Should().Be(rendering, "{0}", value);
        }
    }

    [Fact]
    public void NaN_is_refused_as_Microsoft_Data_Sqlite_refuses_it_and_the_statement_runs_on()
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var insert = PreparedInsert.For(connection, RawInsert);
        var raw = () => insert.Run(transaction, 1, double.NaN);
        using var command = Command(connection, transaction, CommandInsert, 1, double.NaN);
        var byCommand = () => command.ExecuteNonQuery();

        var expected = byCommand.Should().Throw<InvalidOperationException>().Which;
        raw.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(expected.Message);
        insert.Run(transaction, 2, 1.5).Should().Be(1);
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM bound WHERE via = 'raw'", transaction: transaction).Should().Be(1);
    }

    [Fact]
    public void A_constraint_violation_raises_SQLites_error_as_a_command_does_and_the_statement_runs_on()
    {
        using var connection = Open();
        connection.Execute("CREATE TABLE keyed (k TEXT PRIMARY KEY, v TEXT NOT NULL)");
        using var transaction = connection.BeginTransaction();
        var insert = PreparedInsert.For(connection, "INSERT INTO keyed (k, v) VALUES (@k, @v)");
        insert.Run(transaction, "a", "first").Should().Be(1);

        foreach (object?[] values in new[] { new object?[] { "a", "again" }, ["b", null] })
        {
            using var command = Command(connection, transaction, "INSERT INTO keyed (k, v) VALUES (@k, @v)", values);
            var expected = ((Action)(() => command.ExecuteNonQuery())).Should().Throw<SqliteException>().Which;
            var thrown = ((Action)(() => insert.Run(transaction, values))).Should().Throw<SqliteException>().Which;

            thrown.Message.Should().Be(expected.Message).And.Contain("constraint failed");
            thrown.SqliteErrorCode.Should().Be(expected.SqliteErrorCode).And.Be(19);
            thrown.SqliteExtendedErrorCode.Should().Be(expected.SqliteExtendedErrorCode);
        }

        insert.Run(transaction, "b", "second").Should().Be(1);
        connection.Query<string>("SELECT k || '=' || v FROM keyed ORDER BY k", transaction: transaction).Should().Equal("a=first", "b=second");
    }

    [Fact]
    public void Returning_id_gives_the_new_rows_id_and_Run_counts_ignored_rows_as_none()
    {
        using var connection = Open();
        connection.Execute("CREATE TABLE kind (id INTEGER PRIMARY KEY, k TEXT UNIQUE)");
        using var transaction = connection.BeginTransaction();
        var returning = PreparedInsert.For(connection, "INSERT INTO kind (k) VALUES (@k) RETURNING id");
        returning.RunReturningId(transaction, "x").Should().Be(1);
        returning.RunReturningId(transaction, "y").Should().Be(2);
        var ignoring = PreparedInsert.For(connection, "INSERT OR IGNORE INTO kind (k) VALUES (@k)");
        ignoring.Run(transaction, "x").Should().Be(0);
        ignoring.Run(transaction, "z").Should().Be(1);
        connection.Query<(long, string)>("SELECT id, k FROM kind ORDER BY id", transaction: transaction).Should().Equal((1L, "x"), (2L, "y"), (3L, "z"));
    }

    [Fact]
    public void A_database_locked_by_another_connection_raises_SQLITE_BUSY_as_a_command_does()
    {
        using var holder = Open();
        using var held = holder.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the write lock
        holder.Execute("INSERT INTO bound (via, n, v, w) VALUES ('holder', 0, 0, 0)", transaction: held);

        using var writer = Open(timeoutSeconds: 1);
        using var transaction = writer.BeginTransaction(deferred: true);
        using var command = Command(writer, transaction, CommandInsert, 1, "x");
        var expected = ((Action)(() => command.ExecuteNonQuery())).Should().Throw<SqliteException>().Which;
        var thrown = ((Action)(() => PreparedInsert.For(writer, RawInsert).Run(transaction, 1, "x"))).Should().Throw<SqliteException>().Which;

        thrown.SqliteErrorCode.Should().Be(expected.SqliteErrorCode).And.Be(5);
        thrown.Message.Should().Be(expected.Message);
    }

    [Fact]
    public void Values_must_match_the_parameters_and_the_transaction_the_connection()
    {
        using var connection = Open();
        using var other = Open();
        var insert = PreparedInsert.For(connection, RawInsert);
        PreparedInsert.For(connection, RawInsert).Should().BeSameAs(insert);
        using var foreign = other.BeginTransaction(deferred: true);
        using var transaction = connection.BeginTransaction();

        ((Action)(() => insert.Run(transaction, 1))).Should().Throw<ArgumentException>().WithMessage("*2 parameters, 1 values*");
        ((Action)(() => insert.Run(foreign, 1, 2))).Should().Throw<InvalidOperationException>();
        ((Action)(() => insert.Run(null!, 1, 2))).Should().Throw<ArgumentNullException>();
        ((Action)(() => PreparedInsert.For(connection, "INSERT INTO bound (via, n) VALUES ('a', 1); DELETE FROM bound"))).Should().Throw<ArgumentException>();
        ((Action)(() => PreparedInsert.For(connection, "INSERT INTO missing (x) VALUES (@x)"))).Should().Throw<SqliteException>().WithMessage("*no such table: missing*");
    }

    [Fact]
    public void Release_finalises_the_statements_and_a_closed_connection_has_none()
    {
        using var connection = Open();
        connection.Handle!.enable_sqlite3_next_stmt(true);
        var insert = PreparedInsert.For(connection, RawInsert);
        SQLitePCL.raw.sqlite3_next_stmt(connection.Handle, null).Should().NotBeNull("the statement is prepared on the connection");

        PreparedInsert.Release(connection);

        SQLitePCL.raw.sqlite3_next_stmt(connection.Handle, null).Should().BeNull("Release finalises it");
        using (var transaction = connection.BeginTransaction())
        {
            ((Action)(() => insert.Run(transaction, 1, 2))).Should().Throw<ObjectDisposedException>();
            var again = PreparedInsert.For(connection, RawInsert);
            again.Should().NotBeSameAs(insert);
            again.Run(transaction, 1, 2).Should().Be(1);
        }

        var beforeClose = PreparedInsert.For(connection, RawInsert);
        connection.Close();
        connection.Open();
        connection.Handle!.enable_sqlite3_next_stmt(true);
        using (var transaction = connection.BeginTransaction())
        {
            SQLitePCL.raw.sqlite3_next_stmt(connection.Handle, null).Should().BeNull("the new handle has no statement of the old one");
            ((Action)(() => beforeClose.Run(transaction, 1, 2))).Should().Throw<ObjectDisposedException>("closing the connection finalised it");
            PreparedInsert.For(connection, RawInsert).Should().NotBeSameAs(beforeClose).And.Subject.As<PreparedInsert>().Run(transaction, 3, 4).Should().Be(1);
        }
    }

    public void Dispose() => _folder.Dispose();

    private SqliteConnection Open(int timeoutSeconds = 30)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_folder.DataPath, "bound.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = timeoutSeconds,
        }.ToString());
        connection.Open();
        connection.Execute("CREATE TABLE IF NOT EXISTS bound (via TEXT NOT NULL, n INTEGER NOT NULL, v, w)");
        return connection;
    }

    private static (string Type, string Hex, string WType, string WHex) Insert(SqliteConnection connection, object? value)
    {
        using (var transaction = connection.BeginTransaction())
        {
            PreparedInsert.For(connection, RawInsert).Run(transaction, 1, value);
            transaction.Commit();
        }

        return Row(connection, "raw");
    }

    private static (string Type, string Hex, string WType, string WHex) InsertThroughCommand(SqliteConnection connection, object? value)
    {
        using (var transaction = connection.BeginTransaction())
        {
            using var command = Command(connection, transaction, CommandInsert, 1, value);
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        return Row(connection, "command");
    }

    private static (string Type, string Hex, string WType, string WHex) Row(SqliteConnection connection, string via) =>
        connection.QuerySingle<(string, string, string, string)>("SELECT typeof(v), hex(v), typeof(w), hex(w) FROM bound WHERE via = @via", new { via });

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "The SQL is a constant of this test.")]
    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params object?[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        var names = System.Text.RegularExpressions.Regex.Matches(sql, "@[A-Za-z]+").Select(m => m.Value).Distinct().ToList();
        for (int i = 0; i < names.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], values[i] ?? DBNull.Value);
        }

        return command;
    }
}
