using System.Text.Encodings.Web;
using System.Text.Json;

namespace JapanUsRelations.Ingestion.Enrichment;

/// <summary>
/// Rows for one INSERT … SELECT … FROM json_each(@rows): a JSON array holding an array of values per row, so a table
/// writer inserts an edition's rows with one statement and one parameter instead of binding every value of every
/// row. Each value keeps its SQL type when read back with <c>-&gt;&gt;</c>: integers, reals (written as the shortest
/// text that reads back as the same double), text, null.
/// </summary>
internal sealed class JsonRows : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;

    public JsonRows()
    {
        _json = new Utf8JsonWriter(_buffer, Options);
        _json.WriteStartArray();
    }

    /// <summary>Starts the next row.</summary>
    public JsonRows Row()
    {
        _json.WriteStartArray();
        return this;
    }

    /// <summary>Ends the row.</summary>
    public void End() => _json.WriteEndArray();

    public JsonRows Integer(long? value)
    {
        if (value is { } v)
        {
            _json.WriteNumberValue(v);
        }
        else
        {
            _json.WriteNullValue();
        }

        return this;
    }

    public JsonRows Real(double? value)
    {
        if (value is { } v)
        {
            _json.WriteNumberValue(v);
        }
        else
        {
            _json.WriteNullValue();
        }

        return this;
    }

    public JsonRows Text(string? value)
    {
        if (value is null)
        {
            _json.WriteNullValue();
        }
        else
        {
            _json.WriteStringValue(value);
        }

        return this;
    }

    /// <summary>The JSON of every row so far.</summary>
    public override string ToString()
    {
        _json.WriteEndArray();
        _json.Flush();
        return System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
    }

    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }
}
