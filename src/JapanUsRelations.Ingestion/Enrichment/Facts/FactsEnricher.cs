using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Enrichment.Facts;

/// <summary>
/// The facts stage: splits every paragraph and list into sentences, recognises role holders and quantities in each,
/// gives each the catalogue kind it speaks of (or none), and turns every numeric table cell into a fact. Every
/// fact's text occurs verbatim in its quote, and its quote in its block's text.
/// </summary>
public sealed class FactsEnricher : IEditionEnricher
{
    private readonly FactKindClassifier classifier;
    private readonly RoleRecogniser roles;
    private readonly TableFactExtractor tables;
    private readonly TextMemo<List<Fact>> textFacts = new();
    private readonly TextMemo<List<Fact>> sentenceFacts = new();

    /// <summary>A facts stage using the embedded catalogue.</summary>
    public FactsEnricher()
        : this(FactKindCatalogue.Default)
    {
    }

    /// <summary>A facts stage using <paramref name="catalogue"/>.</summary>
    public FactsEnricher(FactKindCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        classifier = new FactKindClassifier(catalogue);
        roles = new RoleRecogniser(catalogue);
        tables = new TableFactExtractor(catalogue);
    }

    /// <inheritdoc />
    public string Name => "facts";

    /// <inheritdoc />
    public Edition Enrich(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var facts = new List<Fact>();
        foreach (var (_, block) in edition.AllBlocks())
        {
            facts.AddRange(block.Kind == BlockKind.Table ? tables.Extract(block) : FromRememberedText(block));
        }

        return edition with { Facts = FullNames.Apply(facts) };
    }

    // The facts of a paragraph are a pure function of its text (the anchor is only copied onto them), and successive
    // editions repeat most paragraphs, and most sentences of the paragraphs they change, so each distinct paragraph
    // and each distinct sentence is read once.
    private IEnumerable<Fact> FromRememberedText(Block block)
    {
        var facts = textFacts.Get(block.Text, FromText);
        return facts.Select(f => f with { BlockAnchor = block.Anchor });
    }

    private List<Fact> FromText(string text)
    {
        var facts = new List<Fact>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            foreach (var fact in sentenceFacts.Get(sentence.Text, FromSentence))
            {
                facts.Add(fact with { Offset = sentence.Start + fact.Offset });
            }
        }

        return facts;
    }

    // Offsets relative to the sentence, anchor empty: FromText and FromRememberedText place them.
    private List<Fact> FromSentence(string sentence)
    {
        var found = new List<Fact>();
        foreach (var role in roles.Find(sentence))
        {
            // "then-prime minister Fumio Kishida" names a former holder: not the office holder as of the edition.
            found.Add(new Fact
            {
                Kind = role.IsFormer ? null : role.Kind.Kind, BlockAnchor = "", Text = role.Text, Quote = sentence,
                Value = role.Name, Unit = role.Kind.Unit, Qualifier = role.Qualifier, Offset = role.Start,
            });
        }

        var classify = classifier.For(sentence);
        foreach (var quantity in QuantityRecogniser.Find(sentence))
        {
            var kind = classify(quantity);
            found.Add(new Fact
            {
                Kind = kind?.Kind, BlockAnchor = "", Text = quantity.Text, Quote = sentence,
                Number = quantity.Number, Value = quantity.Value, Unit = kind?.Unit ?? quantity.Unit,
                Qualifier = quantity.Qualifier, Offset = quantity.Start,
            });
        }

        return [.. found.OrderBy(f => f.Offset)];
    }
}
