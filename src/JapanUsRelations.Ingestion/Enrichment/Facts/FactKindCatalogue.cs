using System.Text.Json;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// The documented catalogue of fact kinds (embedded <c>fact-kinds.json</c>), checked when loaded: ids unique,
/// topics from the shared topic list, every regex compiles, every name kind captures a name.
/// </summary>
public sealed class FactKindCatalogue
{
    /// <summary>The topic slugs a kind may name (shared with the topics stage).</summary>
    public static readonly IReadOnlySet<string> Topics = new HashSet<string>(StringComparer.Ordinal)
    {
        "okinawa-and-bases", "defense-spending", "trade-and-tariffs", "china", "south-korea", "north-korea",
        "domestic-politics", "science-and-technology", "history-of-the-alliance", "alliance-and-security", "investment",
        "russia-and-ukraine", "multilateral-cooperation",
    };

    private static readonly HashSet<string> ValueTypes = new(ValueTypeWords.All, StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly Lazy<FactKindCatalogue> Embedded = new(LoadEmbedded);

    private FactKindCatalogue(IReadOnlyList<FactKind> kinds) => Kinds = kinds;

    /// <summary>The catalogue shipped in the assembly.</summary>
    public static FactKindCatalogue Default => Embedded.Value;

    /// <summary>Every kind, in catalogue order (the order pages list them in).</summary>
    public IReadOnlyList<FactKind> Kinds { get; }

    /// <summary>Reads and checks a catalogue; throws <see cref="InvalidDataException"/> naming the first fault.</summary>
    public static FactKindCatalogue Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = JsonSerializer.Deserialize<CatalogueDocument>(json, Json)
            ?? throw new InvalidDataException("The fact-kind catalogue is empty.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in document.Kinds)
        {
            Check(kind, seen);
        }

        return new FactKindCatalogue(document.Kinds);
    }

    /// <summary>The kind for an id, a template's instance included ("us-imports-from-japan"); null when unknown.</summary>
    public FactKind? Find(string kind, string? rowLabel = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Kinds.FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.Ordinal))
            ?? (rowLabel is null ? null : Kinds.Where(k => k.IsTemplate).Select(k => Instance(k, rowLabel))
                .FirstOrDefault(k => string.Equals(k.Kind, kind, StringComparison.Ordinal)));
    }

    /// <summary>A table kind filled for one row: <c>us-imports-from-{row}</c> → <c>us-imports-from-japan</c>.</summary>
    public static FactKind Instance(FactKind template, string rowLabel)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rowLabel);
        return template with
        {
            Kind = template.Kind.Replace("{row}", Slug(rowLabel), StringComparison.Ordinal),
            Label = template.Label.Replace("{row}", rowLabel, StringComparison.Ordinal),
        };
    }

    /// <summary>"U.K." → "u-k", "Japan" → "japan".</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-');
        return string.Join('-', new string([.. chars]).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private static FactKindCatalogue LoadEmbedded()
    {
        var assembly = typeof(FactKindCatalogue).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("fact-kinds.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Load(stream);
    }

    private static void Check(FactKind kind, HashSet<string> seen)
    {
        if (!seen.Add(kind.Kind) || kind.Kind.Length == 0)
        {
            throw new InvalidDataException($"Fact kind '{kind.Kind}' is empty or listed twice.");
        }

        if (!Topics.Contains(kind.Topic) || !ValueTypes.Contains(kind.ValueType))
        {
            throw new InvalidDataException($"Fact kind '{kind.Kind}' has an unknown topic or value type.");
        }

        try
        {
            foreach (var pattern in new[] { kind.Sentence, kind.Before, kind.After, kind.Caption, kind.Column }
                .Concat(kind.Patterns.Select(NamePattern.Expand)))
            {
                FactKind.Compile(pattern);
            }
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Fact kind '{kind.Kind}' has a pattern that does not compile: {e.Message}", e);
        }

        if ((kind.ValueType == ValueTypeWords.Name) != (kind.Patterns.Count > 0)
            || kind.Patterns.Any(p => !NamePattern.Expand(p).Contains("(?<name>", StringComparison.Ordinal))
            || (kind.ValueType == ValueTypeWords.TableCell) != (kind.Caption is not null && kind.Column is not null && kind.IsTemplate))
        {
            throw new InvalidDataException($"Fact kind '{kind.Kind}' does not fit its value type '{kind.ValueType}'.");
        }
    }

    private sealed record CatalogueDocument(IReadOnlyList<FactKind> Kinds);
}
