using System.Globalization;
using System.Text;
using System.Text.Json;
using JapanUsRelations.Ingestion.Manifest;

namespace JapanUsRelations.SyntheticCorpus;

/// <summary>
/// A scripted report: <see cref="Editions"/> successive editions of one short Markdown report (one report number,
/// one day apart) in which one tracked paragraph lives a known life, and everything else changes only a little
/// (the dateline and one "outlook" sentence per edition), so a test knows exactly what its lineage must say:
/// the tracked paragraph first stands in edition 1 (section Trade), is reworded in <see cref="RewordedIn"/>, moved
/// to section Security in <see cref="MovedIn"/>, split in two in <see cref="SplitIn"/> and removed in
/// <see cref="RemovedIn"/>. Deterministic: the same call writes the same bytes.
/// </summary>
public static class ScriptedChain
{
    /// <summary>Number of editions written.</summary>
    public const int Editions = 50;

    /// <summary>The edition (1-based) that rewords the tracked paragraph.</summary>
    public const int RewordedIn = 10;

    /// <summary>The edition that moves it from Trade to Security.</summary>
    public const int MovedIn = 20;

    /// <summary>The edition that splits it into two paragraphs.</summary>
    public const int SplitIn = 30;

    /// <summary>The edition that removes both halves.</summary>
    public const int RemovedIn = 40;

    /// <summary>The report number every edition carries.</summary>
    public const string ReportNumber = "IF90050";

    /// <summary>The first edition's date; edition n is dated n − 1 days later.</summary>
    public static DateOnly FirstDate { get; } = new(2030, 1, 1);

    /// <summary>The tracked paragraph as first written.</summary>
    public const string Original =
        "The tracked paragraph says that the alliance rests on shared interests in the Pacific. It adds that both governments meet every year to review their cooperation on defense. It closes by noting that trade ties remain strong despite recent disputes.";

    /// <summary>The tracked paragraph reworded (from <see cref="RewordedIn"/>): a few words changed in its first sentence.</summary>
    public const string Reworded =
        "The tracked paragraph says that the alliance rests on shared values and interests across the Indo-Pacific. It adds that both governments meet every year to review their cooperation on defense. It closes by noting that trade ties remain strong despite recent disputes.";

    /// <summary>The first half of the split (from <see cref="SplitIn"/>).</summary>
    public const string FirstHalf =
        "The tracked paragraph says that the alliance rests on shared values and interests across the Indo-Pacific. It adds that both governments meet every year to review their cooperation on defense.";

    /// <summary>The second half of the split.</summary>
    public const string SecondHalf = "It closes by noting that trade ties remain strong despite recent disputes.";

    /// <summary>The URL id edition <paramref name="number"/> (1-based) gets: its date.</summary>
    public static string EditionId(int number) => FirstDate.AddDays(number - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes the editions and a <c>manifest.json</c> into <paramref name="outputDirectory"/> (created).</summary>
    public static IReadOnlyList<string> Write(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>(Editions);
        var manifest = new List<Dictionary<string, object>>();
        for (int n = 1; n <= Editions; n++)
        {
            string name = $"{EditionId(n)}-scripted-{ReportNumber.ToLowerInvariant()}.md";
            File.WriteAllText(Path.Combine(outputDirectory, name), Render(n), new UTF8Encoding(false));
            files.Add(name);
            manifest.Add(new Dictionary<string, object>
            {
                ["file"] = name, ["subject"] = "scripted-report", ["publisher"] = "Congressional Research Service", ["series"] = "CRS In Focus",
                ["reportNumber"] = ReportNumber, ["published"] = EditionId(n), ["government"] = true,
            });
        }

        string json = JsonSerializer.Serialize(new Dictionary<string, object> { ["editions"] = manifest }, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(outputDirectory, SeedManifest.FileName), json + "\n", new UTF8Encoding(false));
        return files;
    }

    /// <summary>The Markdown of edition <paramref name="number"/>.</summary>
    public static string Render(int number)
    {
        var date = FirstDate.AddDays(number - 1).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        string tracked = number < RewordedIn ? Original : Reworded;
        var trade = new List<string>
        {
            "Trade between the two countries grew for a decade, led by vehicles, machinery and farm goods shipped across the Pacific.",
            "Negotiators have met on tariffs several times, and both sides describe the talks as frank but constructive.",
        };
        var security = new List<string>
        {
            "Some 55,000 troops are based in the country under the mutual defense treaty, most of them on one southern island.",
            "Host-nation support covers a share of the cost of the bases, under agreements renewed every five years.",
        };
        if (number < MovedIn)
        {
            trade.Insert(1, tracked);
        }
        else if (number < SplitIn)
        {
            security.Insert(1, tracked);
        }
        else if (number < RemovedIn)
        {
            security.InsertRange(1, [FirstHalf, SecondHalf]);
        }

        var text = new StringBuilder();
        text.Append("Updated ").Append(date).Append("\n\n## Scripted Report on the Alliance\n\n### Overview\n\n");
        text.Append("This report follows one alliance through many editions, each a day apart, so that its history can be read.\n\n");
        text.Append("The alliance was formed after the war and has been renewed by every government since.\n\n");
        text.Append("### Trade\n\n").AppendJoin("\n\n", trade).Append("\n\n");
        text.Append("### Security\n\n").AppendJoin("\n\n", security).Append("\n\n");
        text.Append("### Outlook\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Observers expect the partnership to deepen. As of this edition, number {number}, no new agreement has been signed.\n");
        return text.ToString();
    }
}
