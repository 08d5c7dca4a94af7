using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Ingestion.Tests.Facts;

/// <summary>Precision and recall of the classified facts against <see cref="HandFacts"/>; a fact counts once per edition.</summary>
public sealed record FactEvaluation(int Expected, int Extracted, int Correct, IReadOnlyList<HandFact> Missed, IReadOnlyList<HandFact> Wrong)
{
    public double Precision => Extracted == 0 ? 0 : (double)Correct / Extracted;

    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;

    public static FactEvaluation Of(IEnumerable<Edition> editions, IReadOnlyList<HandFact> hand)
    {
        var extracted = editions
            .SelectMany(e => e.Facts.Where(f => f.Kind is not null).Select(f => new HandFact(e.Id, f.Kind!, f.Text, f.Value, f.Unit, f.Qualifier)))
            .Where(f => hand.Any(h => h.Edition == f.Edition))
            .Distinct()
            .ToList();
        var expected = hand.Distinct().ToList();
        var correct = extracted.Intersect(expected).Count();
        return new FactEvaluation(expected.Count, extracted.Count, correct, expected.Except(extracted).ToList(), extracted.Except(expected).ToList());
    }
}
