using Serilog.Core;
using Serilog.Events;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// A Serilog enricher that passes every string property of every log event (request path, query, ids from a URL,
/// search text) through <see cref="LogSafe.Encode"/> before any sink writes it, so no request value can forge a log
/// line, whichever code logged it.
/// </summary>
public sealed class LogValueEncoder : ILogEventEnricher
{
    /// <inheritdoc />
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && LogSafe.NeedsEncoding(text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(LogSafe.Encode(text))));
            }
        }
    }
}
