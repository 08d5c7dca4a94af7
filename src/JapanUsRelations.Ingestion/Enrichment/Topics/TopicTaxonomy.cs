using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JapanUsRelations.Ingestion.Enrichment.Topics;

/// <summary>
/// The topic taxonomy, kept as data in <c>Enrichment/Topics/topics.json</c> (embedded; documented in docs/topics.md):
/// the topics in display order, the minimum score that puts a passage on a topic, and the fallback topic.
/// </summary>
public sealed partial class TopicTaxonomy
{
    private const string ResourceName = "JapanUsRelations.Ingestion.Enrichment.Topics.topics.json";
    private static readonly Lazy<TopicTaxonomy> Embedded = new(LoadEmbedded);

    private TopicTaxonomy(IReadOnlyList<TopicDefinition> topics, double minScore, string fallbackSlug)
    {
        Topics = topics;
        MinScore = minScore;
        FallbackSlug = fallbackSlug;
    }

    /// <summary>The repository's taxonomy (<c>topics.json</c>).</summary>
    public static TopicTaxonomy Default => Embedded.Value;

    /// <summary>Every topic, in display order.</summary>
    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>A passage is on a topic when its score reaches this.</summary>
    public double MinScore { get; }

    /// <summary>The topic a passage gets when no term of any topic matches it.</summary>
    public string FallbackSlug { get; }

    /// <summary>The topic with this slug, or null.</summary>
    public TopicDefinition? Find(string slug) => Topics.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.Ordinal));

    /// <summary>Reads a taxonomy from its JSON text. Throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static TopicTaxonomy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        double minScore = root.TryGetProperty("minScore", out var m) ? m.GetDouble() : 3;
        string fallback = Required(root, "fallback", "taxonomy");
        if (!root.TryGetProperty("topics", out var topicsElement) || topicsElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The taxonomy has no 'topics' array.");
        }

        var topics = new List<TopicDefinition>();
        foreach (var element in topicsElement.EnumerateArray())
        {
            string slug = Required(element, "slug", "a topic");
            if (!SlugPattern().IsMatch(slug) || topics.Any(t => t.Slug == slug))
            {
                throw new FormatException($"Topic slug '{slug}' is not a lower-case slug or is not unique.");
            }

            topics.Add(new TopicDefinition(slug, Required(element, "name", slug), Required(element, "description", slug), ReadTerms(element, slug)));
        }

        if (minScore <= 0 || topics.Count == 0 || topics.All(t => t.Slug != fallback))
        {
            throw new FormatException($"The taxonomy needs topics, a positive minScore and a fallback that is one of its topics ('{fallback}').");
        }

        return new TopicTaxonomy(topics, minScore, fallback);
    }

    private static List<TopicTerm> ReadTerms(JsonElement topic, string slug)
    {
        if (!topic.TryGetProperty("terms", out var terms) || terms.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Topic '{slug}' has no 'terms' object.");
        }

        var list = new List<TopicTerm>();
        foreach (var term in terms.EnumerateObject())
        {
            if (string.IsNullOrWhiteSpace(term.Name) || term.Value.ValueKind != JsonValueKind.Number || term.Value.GetDouble() <= 0)
            {
                throw new FormatException($"Topic '{slug}': term '{term.Name}' needs a positive weight.");
            }

            list.Add(new TopicTerm(term.Name.Trim(), term.Value.GetDouble()));
        }

        return list.Count > 0 ? list : throw new FormatException($"Topic '{slug}' has no terms.");
    }

    private static string Required(JsonElement element, string name, string owner) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{owner} has no '{name}'."));

    private static TopicTaxonomy LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
