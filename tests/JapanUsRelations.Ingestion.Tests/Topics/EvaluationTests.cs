using System.Globalization;
using JapanUsRelations.Ingestion.Enrichment.Topics;
using JapanUsRelations.Ingestion.Tests.Support;
using Xunit.Abstractions;

namespace JapanUsRelations.Ingestion.Tests.Topics;

public class EvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_block_of_every_seed_has_a_hand_judgement()
    {
        var blocks = Seeds.All.SelectMany(e => e.AllBlocks().Select(b => (e.Id, b.Block.Anchor))).ToList();
        blocks.Should().BeEquivalentTo(HandJudgements.All.Keys, "the evaluation covers every passage, and only real ones");
    }

    [Fact]
    public void Classifier_agrees_with_the_hand_judgements_on_the_seeds()
    {
        var rows = Evaluation.Score(Seeds.All, TopicTaxonomy.Default.Topics.Select(t => t.Slug));
        output.WriteLine("| Topic | Judged | Assigned | Correct | Precision | Recall |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (topic, tp, fp, fn) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {topic} | {tp + fn} | {tp + fp} | {tp} | {Evaluation.Precision(tp, fp):0.00} | {Evaluation.Recall(tp, fn):0.00} |"));
        }

        foreach (var edition in Seeds.All)
        {
            foreach (var (key, expected) in HandJudgements.All.Where(j => j.Key.Edition == edition.Id))
            {
                var got = edition.Topics.Where(t => t.BlockAnchor == key.Anchor).Select(t => t.Topic).ToHashSet();
                string missed = string.Join(",", expected.Where(t => !got.Contains(t)));
                string extra = string.Join(",", got.Where(t => !expected.Contains(t)));
                if (missed.Length + extra.Length > 0)
                {
                    output.WriteLine($"{edition.Id} {key.Anchor}: missed [{missed}] extra [{extra}]");
                }
            }
        }

        var all = rows[^1];
        Evaluation.Precision(all.TruePositives, all.FalsePositives).Should().BeGreaterThanOrEqualTo(0.85);
        Evaluation.Recall(all.TruePositives, all.FalseNegatives).Should().BeGreaterThanOrEqualTo(0.85);
        rows.Take(rows.Count - 1).Should().OnlyContain(r => Evaluation.Recall(r.TruePositives, r.FalseNegatives) >= 0.6, "no topic may lose most of its passages");
    }
}
