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
            facts.AddRange(block.Kind == BlockKind.Table ? tables.Extract(block) : FromText(block));
        }

        return edition with { Facts = FullNames.Apply(facts) };
    }

    private IEnumerable<Fact> FromText(Block block)
    {
        foreach (var sentence in SentenceSplitter.Split(block.Text))
        {
            var found = new List<Fact>();
            foreach (var role in roles.Find(sentence.Text))
            {
                // "then-prime minister Fumio Kishida" names a former holder: not the office holder as of the edition.
                found.Add(new Fact
                {
                    Kind = role.IsFormer ? null : role.Kind.Kind, BlockAnchor = block.Anchor, Text = role.Text, Quote = sentence.Text,
                    Value = role.Name, Unit = role.Kind.Unit, Qualifier = role.Qualifier, Offset = sentence.Start + role.Start,
                });
            }

            var classify = classifier.For(sentence.Text);
            foreach (var quantity in QuantityRecogniser.Find(sentence.Text))
            {
                var kind = classify(quantity);
                found.Add(new Fact
                {
                    Kind = kind?.Kind, BlockAnchor = block.Anchor, Text = quantity.Text, Quote = sentence.Text,
                    Number = quantity.Number, Value = quantity.Value, Unit = kind?.Unit ?? quantity.Unit,
                    Qualifier = quantity.Qualifier, Offset = sentence.Start + quantity.Start,
                });
            }

            foreach (var fact in found.OrderBy(f => f.Offset))
            {
                yield return fact;
            }
        }
    }
}
