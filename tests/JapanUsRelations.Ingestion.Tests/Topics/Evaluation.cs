using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Topics;

/// <summary>Precision and recall of the classifier against <see cref="HandJudgements"/>, per topic.</summary>
public static class Evaluation
{
    /// <summary>One row per topic (plus "all"): true positives, false positives, false negatives.</summary>
    public static IReadOnlyList<(string Topic, int TruePositives, int FalsePositives, int FalseNegatives)> Score(IEnumerable<Edition> editions, IEnumerable<string> topics)
    {
        var assigned = editions.SelectMany(e => e.Topics.Select(t => (e.Id, t.BlockAnchor, t.Topic))).ToHashSet();
        var judged = HandJudgements.All.SelectMany(j => j.Value.Select(t => (j.Key.Edition, j.Key.Anchor, t))).ToHashSet();
        var rows = topics.Select(topic => (
            topic,
            assigned.Count(a => a.Topic == topic && judged.Contains(a)),
            assigned.Count(a => a.Topic == topic && !judged.Contains(a)),
            judged.Count(j => j.t == topic && !assigned.Contains(j)))).ToList();
        rows.Add(("all", rows.Sum(r => r.Item2), rows.Sum(r => r.Item3), rows.Sum(r => r.Item4)));
        return rows;
    }

    /// <summary>tp / (tp + fp), 1 when nothing was assigned.</summary>
    public static double Precision(int tp, int fp) => tp + fp == 0 ? 1 : (double)tp / (tp + fp);

    /// <summary>tp / (tp + fn), 1 when nothing was expected.</summary>
    public static double Recall(int tp, int fn) => tp + fn == 0 ? 1 : (double)tp / (tp + fn);
}
