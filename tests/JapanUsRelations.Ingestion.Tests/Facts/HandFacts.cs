namespace JapanUsRelations.Ingestion.Tests.Facts;

/// <summary>
/// The classified facts of the four dated editions, listed by reading the seeds (docs/facts.md measures the
/// extractor against this list). Values are normalised: 70% → 0.7, "$2 billion" → 2000000000.
/// </summary>
public static class HandFacts
{
    public static IReadOnlyList<HandFact> All { get; } =
    [
        // 2016-03-11 State Department fact sheet
        new("2016-03-11", "japan-rank-un-budget", "second-largest", "2", "rank", null),
        new("2016-03-11", "diplomatic-relations-established", "1858", "1858", "year", null),
        new("2016-03-11", "security-treaty-signed", "1960", "1960", "year", null),
        new("2016-03-11", "us-president", "President Obama", "Obama", "person", null),
        new("2016-03-11", "prime-minister", "Prime Minister Abe", "Abe", "person", null),
        new("2016-03-11", "us-ambassador-to-japan", "Ambassador to Japan is Caroline Kennedy", "Caroline Kennedy", "person", null),

        // 2018 CRS summary
        new("2018", "alliance-since", "1952", "1952", "year", null),
        new("2018", "us-troops-in-japan", "around 50,000", "50000", "troops", "around"),
        new("2018", "us-president", "Trump Administration", "Trump", "person", null),
        new("2018", "japan-rank-us-trade-partner", "fourth-largest", "4", "rank", null),
        new("2018", "japan-rank-fdi-source", "second largest", "2", "rank", null),
        new("2018", "japan-rank-treasury-holders", "second largest", "2", "rank", null),
        new("2018", "prime-minister", "Prime Minister Shinzo Abe", "Shinzo Abe", "person", null),

        // 2024-11-05 CRS In Focus
        new("2024-11-05", "alliance-since", "1952", "1952", "year", null),
        new("2024-11-05", "us-troops-in-japan", "over 50,000", "50000", "troops", "over"),
        new("2024-11-05", "japan-rank-us-trade-partner", "sixth-largest", "6", "rank", null),
        new("2024-11-05", "japan-rank-treasury-holders", "largest", "1", "rank", null),
        // "then-prime minister Fumio Kishida" names a former holder, so the 2024 edition states no prime minister.
        new("2024-11-05", "japan-rank-fdi-source", "top", "1", "rank", "among the"),
        new("2024-11-05", "us-president", "Biden Administration", "Biden", "person", null),
        new("2024-11-05", "us-president", "President Biden", "Biden", "person", null),
        new("2024-11-05", "pm-approval-rating", "20%-30%", "0.2-0.3", "percent", null),
        new("2024-11-05", "joint-operations-command-year", "2025", "2025", "year", null),
        new("2024-11-05", "host-nation-support", "roughly $2 billion per year", "2000000000", "USD per year", "roughly"),
        new("2024-11-05", "us-facilities-share-okinawa", "About 25%", "0.25", "percent", "about"),
        new("2024-11-05", "us-personnel-share-okinawa", "more than half", "0.5", "fraction", "more than"),
        new("2024-11-05", "okinawa-share-of-land", "less than 1%", "0.01", "percent", "less than"),
        new("2024-11-05", "defense-spending-target", "2%", "0.02", "percent", null),
        new("2024-11-05", "china-rank-japan-trade-partner", "top", "1", "rank", null),
        new("2024-11-05", "china-share-japan-goods-trade", "20%", "0.2", "percent", null),
        new("2024-11-05", "us-share-japan-goods-trade", "15%", "0.15", "percent", null),
        new("2024-11-05", "south-korean-president", "South Korean President Yoon Suk-yeol", "Yoon Suk-yeol", "person", null),
        new("2024-11-05", "korea-colonization-period", "from 1910 to 1945", "1910-1945", "years", null),
        new("2024-11-05", "us-japan-trade-deals", "two", "2", "deals", null),
        new("2024-11-05", "nippon-steel-rank", "4th-largest", "4", "rank", null),
        new("2024-11-05", "us-steel-rank", "27th-largest", "27", "rank", null),
        .. Figure("2024-11-05", [("canada", 482, 441), ("mexico", 529, 367), ("china", 448, 196), ("germany", 206, 119), ("uk", 151, 166), ("japan", 187, 120)]),

        // 2026-02-05 CRS In Focus
        new("2026-02-05", "alliance-since", "1952", "1952", "year", null),
        new("2026-02-05", "us-troops-in-japan", "around 60,000", "60000", "troops", "around"),
        new("2026-02-05", "japan-rank-us-trade-partner", "sixth-largest", "6", "rank", null),
        new("2026-02-05", "japan-rank-fdi-source", "top", "1", "rank", null),
        new("2026-02-05", "japan-rank-treasury-holders", "largest", "1", "rank", null),
        new("2026-02-05", "us-president", "Trump Administration", "Donald Trump", "person", null),
        new("2026-02-05", "us-president", "President Donald Trump", "Donald Trump", "person", null),
        // "then-President Biden" is a former holder, not the president as of the edition.
        new("2026-02-05", "prime-minister", "current premier Sanae Takaichi", "Sanae Takaichi", "person", "current"),
        new("2026-02-05", "prime-minister", "elected Takaichi as prime minister", "Sanae Takaichi", "person", null),
        new("2026-02-05", "pm-approval-rating", "over 60%", "0.6", "percent", "over"),
        new("2026-02-05", "joint-operations-command-year", "2025", "2025", "year", null),
        new("2026-02-05", "us-facilities-share-okinawa", "About 70%", "0.7", "percent", "about"),
        new("2026-02-05", "us-personnel-share-okinawa", "roughly half", "0.5", "fraction", "roughly"),
        new("2026-02-05", "okinawa-share-of-land", "less than 1%", "0.01", "percent", "less than"),
        new("2026-02-05", "marines-relocating-to-guam", "some 4,000", "4000", "personnel", "some"),
        new("2026-02-05", "marines-in-guam", "217", "217", "Marines", null),
        new("2026-02-05", "defense-spending-target", "2%", "0.02", "percent", null),
        new("2026-02-05", "defense-spending-target-year", "FY2027", "2027", "fiscal year", null),
        new("2026-02-05", "defense-spending-target-year", "FY2025", "2025", "fiscal year", null),
        new("2026-02-05", "tomahawk-purchase", "estimated $2.35 billion", "2350000000", "USD", "estimated"),
        new("2026-02-05", "prc-leader", "PRC leader Xi Jinping", "Xi Jinping", "person", null),
        new("2026-02-05", "south-korean-president", "South Korean President Lee Jae Myung", "Lee Jae Myung", "person", null),
        new("2026-02-05", "korea-colonization-period", "1910-1945", "1910-1945", "years", null),
        new("2026-02-05", "us-japan-trade-deals", "three", "3", "deals", null),
        new("2026-02-05", "us-tariff-on-japan", "15%", "0.15", "percent", null),
        new("2026-02-05", "us-tariff-initially-proposed", "25%", "0.25", "percent", null),
        new("2026-02-05", "us-steel-tariff", "50%", "0.5", "percent", null),
        new("2026-02-05", "us-auto-tariff-japan", "15%", "0.15", "percent", null),
        .. Figure("2026-02-05", [("mexico", 561, 385), ("canada", 477, 441), ("china", 461, 199), ("uk", 162, 179), ("germany", 209, 121), ("japan", 192, 129)]),
        new("2026-02-05", "japan-investment-pledge", "$550 billion", "550000000000", "USD", null),
        new("2026-02-05", "japan-investment-deadline", "2029", "2029", "year", null),
    ];

    /// <summary>The Figure 1 cells: U.S. imports and exports in $ billions, per partner.</summary>
    private static IEnumerable<HandFact> Figure(string edition, (string Row, int Imports, int Exports)[] rows)
    {
        foreach (var (row, imports, exports) in rows)
        {
            yield return new(edition, "us-imports-from-" + row, Str(imports), Str(imports) + "000000000", "USD", null);
            yield return new(edition, "us-exports-to-" + row, Str(exports), Str(exports) + "000000000", "USD", null);
        }
    }

    private static string Str(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
