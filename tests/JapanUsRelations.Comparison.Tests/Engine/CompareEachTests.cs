using System.Collections.Concurrent;
using System.Text.Json;
using JapanUsRelations.Comparison.Alignment;
using JapanUsRelations.Comparison.Tests.Support;

namespace JapanUsRelations.Comparison.Tests.Engine;

/// <summary>Comparing a chain of pairs at once (editions prepared once, reused by the next pair) gives the comparisons one by one gives.</summary>
public class CompareEachTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Each_pair_of_a_chain_compares_as_it_does_alone(int workers)
    {
        string[] chain = ["2016-03-11", "2018", "2024-11-05", "2026-02-05", "japan-united-states-relations", "2024-11-05"];
        var pairs = chain.Zip(chain.Skip(1), (a, b) => (SeedEditions.Edition(a), SeedEditions.Edition(b))).ToList();
        var results = new ConcurrentDictionary<int, EditionComparison>();

        EditionComparer.CompareEach(pairs, (i, c) => results[i] = c, workers: workers);

        results.Keys.Order().Should().Equal(Enumerable.Range(0, pairs.Count));
        for (int i = 0; i < pairs.Count; i++)
        {
            JsonSerializer.Serialize(results[i]).Should().Be(JsonSerializer.Serialize(EditionComparer.Compare(pairs[i].Item1, pairs[i].Item2)), $"pair {i}");
        }
    }

    [Fact]
    public void A_chain_of_near_identical_editions_compares_as_each_pair_does_alone()
    {
        // Each edition of the chain changes one paragraph of the one before, so most texts are shared with the
        // previous edition and their tokens and bags are carried over rather than computed again.
        var first = SeedEditions.Edition("2026-02-05");
        var anchors = new EditionSide(first).Blocks.Where(b => b.Block.Table is null && b.Block.Text.Length > 0).Select(b => b.Block.Anchor).Take(3).ToList();
        var chain = new List<Ingestion.Model.Edition> { first };
        foreach (var anchor in anchors)
        {
            chain.Add(SyntheticEdition.WithBlock(chain[^1], anchor, b => b with { Text = b.Text + " A sentence added in a later edition." }) with { Id = chain[^1].Id + "+" });
        }

        var pairs = chain.Zip(chain.Skip(1), (a, b) => (a, b)).ToList();
        var results = new ConcurrentDictionary<int, EditionComparison>();

        EditionComparer.CompareEach(pairs, (i, c) => results[i] = c, workers: 1);

        for (int i = 0; i < pairs.Count; i++)
        {
            var alone = EditionComparer.Compare(pairs[i].a, pairs[i].b);
            alone.Summary.ParagraphsChanged.Should().Be(1, $"pair {i} changes one paragraph");
            JsonSerializer.Serialize(results[i]).Should().Be(JsonSerializer.Serialize(alone), $"pair {i}");
        }
    }

    [SkippableFact]
    public void A_chain_of_corpus_editions_compares_pair_by_pair_as_alone()
    {
        // The corpus's reports one after the other: unlike neighbours, and each two-edition report's versions in turn.
        string[] names = ["IN12668v2", "IN12668v3", "IN12669v3", "IN12669v5", "IF10292v22", "IF11218v21"];
        var chain = names.Select(Corpus.CorpusEditions.Parse).ToList();
        var pairs = chain.Zip(chain.Skip(1), (a, b) => (a, b)).ToList();
        var results = new ConcurrentDictionary<int, EditionComparison>();

        EditionComparer.CompareEach(pairs, (i, c) => results[i] = c, workers: 1);

        for (int i = 0; i < pairs.Count; i++)
        {
            JsonSerializer.Serialize(results[i]).Should().Be(JsonSerializer.Serialize(EditionComparer.Compare(pairs[i].a, pairs[i].b)), $"{names[i]} → {names[i + 1]}");
        }
    }

    [Fact]
    public void Section_scores_kept_along_a_chain_are_the_scores_and_last_one_pair()
    {
        var sides = new[] { "2024-11-05", "2026-02-05" }.Select(id => new EditionSide(SeedEditions.Edition(id))).ToList();
        var bags = sides.SelectMany(s => s.Sections).Select(s => s.ContentBag).ToList();
        var memo = new DiceMemo();
        foreach (var a in bags)
        {
            foreach (var b in bags)
            {
                memo.Dice(a, b).Should().Be(a.Dice(b));
            }
        }

        memo.NextPair();
        memo.Dice(bags[0], bags[^1]).Should().Be(bags[0].Dice(bags[^1]), "kept from the pair before");
        memo.NextPair();
        memo.NextPair();
        memo.Dice(bags[^1], bags[0]).Should().Be(bags[^1].Dice(bags[0]), "computed again once dropped");
    }

    [Fact]
    public void A_side_prepared_after_the_previous_edition_takes_its_tokens_for_shared_texts_only()
    {
        var older = SeedEditions.Edition("2026-02-05");
        var changed = new EditionSide(older).Blocks.First(b => b.Block.Table is null && b.Block.Text.Length > 0).Block.Anchor;
        var newer = SyntheticEdition.WithBlock(older, changed, b => b with { Text = b.Text + " A sentence added in a later edition." });
        var previous = new EditionSide(older);
        foreach (var block in previous.Blocks)
        {
            _ = block.Words;
            _ = block.Bag;
        }

        var reused = new EditionSide(newer, previous);
        var fresh = new EditionSide(newer);

        reused.Blocks.Should().HaveCount(fresh.Blocks.Count);
        for (int k = 0; k < fresh.Blocks.Count; k++)
        {
            var (r, f, p) = (reused.Blocks[k], fresh.Blocks[k], previous.Blocks[k]);
            r.Tokenized.Tokens.Should().Equal(f.Tokenized.Tokens);
            r.Tokenized.Normalized.Should().Equal(f.Tokenized.Normalized);
            r.Tokenized.Weight.Should().Be(f.Tokenized.Weight);
            r.Bag.Weight.Should().Be(f.Bag.Weight);
            r.Bag.UpperBound(f.Bag).Should().Be(1.0);
            r.Words.Dice(f.Words).Should().Be(1.0);
            r.Words.Count.Should().Be(f.Words.Count);
            ReferenceEquals(r.Tokenized, p.Tokenized).Should().Be(r.Block.Anchor != changed, r.Block.Anchor);
        }

        for (int k = 0; k < fresh.Sections.Count; k++)
        {
            reused.Sections[k].ContentBag.Count.Should().Be(fresh.Sections[k].ContentBag.Count);
            reused.Sections[k].ContentBag.Dice(fresh.Sections[k].ContentBag).Should().Be(1.0);
        }
    }
}
