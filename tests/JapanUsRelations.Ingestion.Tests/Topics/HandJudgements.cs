namespace JapanUsRelations.Ingestion.Tests.Topics;

/// <summary>
/// The topics of every body block of every seed, judged by hand by reading the seeds (docs/topics.md, "Evaluation").
/// Rule: a passage is on a topic when at least one of its clauses says something about the topic's subject, not
/// when the subject is only named in passing in a list. Written before looking at the classifier's output.
/// </summary>
public static class HandJudgements
{
    private const string Alliance = "alliance-and-security";
    private const string Bases = "okinawa-and-bases";
    private const string Spending = "defense-spending";
    private const string Trade = "trade-and-tariffs";
    private const string China = "china";
    private const string SouthKorea = "south-korea";
    private const string NorthKorea = "north-korea";
    private const string Domestic = "domestic-politics";
    private const string Science = "science-and-technology";
    private const string History = "history-of-the-alliance";
    private const string Investment = "investment";
    private const string Russia = "russia-and-ukraine";
    private const string Multilateral = "multilateral-cooperation";

    /// <summary>(edition id, block anchor) → the topics a reader would expect the block under.</summary>
    public static IReadOnlyDictionary<(string Edition, string Anchor), string[]> All { get; } = new Dictionary<(string, string), string[]>
    {
        [("2016-03-11", "p1")] = [Alliance],
        [("2016-03-11", "p2")] = [Alliance, Bases, Spending],
        [("2016-03-11", "p3")] = [Multilateral, Science],
        [("2016-03-11", "p4")] = [SouthKorea, NorthKorea, Multilateral, Russia],
        [("2016-03-11", "p5")] = [History],
        [("2016-03-11", "p6")] = [Multilateral],
        [("2016-03-11", "p7")] = [Trade, Investment],
        [("2016-03-11", "p8")] = [Trade, Investment],
        [("2016-03-11", "p9")] = [Trade],
        [("2016-03-11", "p10")] = [Science],
        [("2016-03-11", "p11")] = [Multilateral],
        [("2016-03-11", "p12")] = [Alliance],
        [("2016-03-11", "p13")] = [Alliance],

        [("2018", "p1")] = [Alliance, Bases, China, NorthKorea],
        [("2018", "p2")] = [NorthKorea, Alliance, Trade, Multilateral],
        [("2018", "p3")] = [Trade, Investment],
        [("2018", "p4")] = [Domestic, China, SouthKorea, Multilateral, Russia],
        [("2018", "p5")] = [Alliance, NorthKorea, China, Bases],

        [("2024-11-05", "p1")] = [Alliance, Bases, China, NorthKorea, Trade, Investment, Science, Multilateral],
        [("2024-11-05", "p2")] = [Alliance, China, Multilateral, SouthKorea],
        [("2024-11-05", "p3")] = [Domestic],
        [("2024-11-05", "p4")] = [Alliance],
        [("2024-11-05", "p5")] = [Bases, Spending],
        [("2024-11-05", "p6")] = [Spending, Alliance, China, NorthKorea],
        [("2024-11-05", "p7")] = [China],
        [("2024-11-05", "p8")] = [SouthKorea],
        [("2024-11-05", "p9")] = [Russia],
        [("2024-11-05", "p10")] = [Trade, Investment],
        [("2024-11-05", "p11")] = [Trade, China],
        [("2024-11-05", "t1")] = [Trade],
        [("2024-11-05", "p12")] = [Trade, Multilateral],
        [("2024-11-05", "p13")] = [Investment],

        [("2026-02-05", "p1")] = [Alliance, Bases, China, NorthKorea, Trade, Investment, Science, Multilateral],
        [("2026-02-05", "p2")] = [Alliance, Spending],
        [("2026-02-05", "p3")] = [Alliance, Trade, China],
        [("2026-02-05", "p4")] = [China, Domestic, Spending, Bases, Alliance],
        [("2026-02-05", "p5")] = [Domestic],
        [("2026-02-05", "p6")] = [Alliance],
        [("2026-02-05", "p7")] = [Bases],
        [("2026-02-05", "p8")] = [Spending, Alliance, China, NorthKorea],
        [("2026-02-05", "p9")] = [China],
        [("2026-02-05", "p10")] = [SouthKorea, NorthKorea],
        [("2026-02-05", "p11")] = [Trade, Investment],
        [("2026-02-05", "p12")] = [Trade],
        [("2026-02-05", "t1")] = [Trade],
        [("2026-02-05", "p13")] = [Trade, Investment],
        [("2026-02-05", "p14")] = [Investment],

        [("japan-united-states-relations", "p1")] = [Alliance, History],
        [("japan-united-states-relations", "p2")] = [Alliance, Bases],
        [("japan-united-states-relations", "p3")] = [History],
        [("japan-united-states-relations", "p4")] = [History, Alliance],
        [("japan-united-states-relations", "p5")] = [Alliance, Bases],
        [("japan-united-states-relations", "p6")] = [Spending, Bases, Alliance],
        [("japan-united-states-relations", "p7")] = [Alliance],
        [("japan-united-states-relations", "p8")] = [Trade, Investment],
        [("japan-united-states-relations", "p9")] = [Trade, Multilateral],
        [("japan-united-states-relations", "p10")] = [Science],
        [("japan-united-states-relations", "p11")] = [Alliance],
        [("japan-united-states-relations", "p12")] = [Alliance],
        [("japan-united-states-relations", "p13")] = [Bases, Spending, Alliance],
        [("japan-united-states-relations", "p14")] = [Bases],
        [("japan-united-states-relations", "p15")] = [Spending],
        [("japan-united-states-relations", "p16")] = [Trade, Science],
        [("japan-united-states-relations", "p17")] = [History],
        [("japan-united-states-relations", "p18")] = [Alliance],
        [("japan-united-states-relations", "p19")] = [Alliance],
    };
}
