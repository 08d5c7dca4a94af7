using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JapanUsRelations.Ingestion.Reading;

namespace JapanUsRelations.Ingestion;

/// <summary>
/// The one place where anything that goes wrong inside ingesting one seed becomes a <see cref="SeedFormatException"/>
/// naming the file (and the line, when it can be found): a pattern that timed out, a parser's own depth limit, any
/// bug. Nothing reaches the person running ingestion as a bare stack trace; the original is kept as the inner
/// exception for the log.
/// </summary>
internal static class SeedGuard
{
    /// <summary>Runs <paramref name="work"/> for the seed <paramref name="file"/>.</summary>
    public static T Run<T>(SeedFile file, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SeedFormatException)
        {
            throw;
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new SeedFormatException(
                file.FileName,
                LineOf(file, e.Input),
                string.Create(CultureInfo.InvariantCulture, $"a text pattern gave up after {e.MatchTimeout.TotalSeconds:0.#} s on this text (it is shaped to make matching slow); shorten or split it"),
                e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string message = e.Message.Split('\n')[0].Trim();
            throw new SeedFormatException(file.FileName, 0, $"could not be parsed ({e.GetType().Name}: {message})", e);
        }
    }

    // The 1-based line on which a pattern's input starts, or 0 when it cannot be found.
    private static int LineOf(SeedFile file, string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return 0;
        }

        string text = Encoding.UTF8.GetString(file.Bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        string probe = input.Length > 60 ? input[..60] : input;
        int at = text.IndexOf(probe, StringComparison.Ordinal);
        return at < 0 ? 0 : text.AsSpan(0, at).Count('\n') + 1;
    }
}
