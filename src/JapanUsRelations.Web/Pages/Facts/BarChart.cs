using System.Globalization;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>
/// A grouped bar chart laid out on the server for an inline SVG: groups along the x axis (editions, or trade
/// partners), one bar per series in each group. The page renders it with a title, a description and a data table.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<string> Series, IReadOnlyList<BarGroup> Groups, string ValueHeading)
{
    /// <summary>Total width of the drawing.</summary>
    public const int Width = 560;

    /// <summary>Total height of the drawing.</summary>
    public const int Height = 240;

    private const int Left = 8;
    private const int Top = 24;
    private const int Bottom = 44;

    /// <summary>The largest value drawn (the top of the scale).</summary>
    public double Max => Math.Max(Groups.SelectMany(g => g.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max(), double.Epsilon);

    /// <summary>Every bar with its rectangle and labels, in group then series order.</summary>
    public IEnumerable<Bar> Bars()
    {
        double groupWidth = (double)(Width - Left * 2) / Math.Max(Groups.Count, 1);
        double barWidth = groupWidth * 0.8 / Math.Max(Series.Count, 1);
        double plot = Height - Top - Bottom;
        for (int g = 0; g < Groups.Count; g++)
        {
            for (int s = 0; s < Series.Count; s++)
            {
                if (Groups[g].Values[s] is not { } value)
                {
                    continue;
                }

                double h = plot * value / Max;
                double x = Left + g * groupWidth + groupWidth * 0.1 + s * barWidth;
                yield return new Bar(g, s, F(x), F(Top + plot - h), F(barWidth - 2), F(h), F(x + barWidth / 2 - 1), F(Top + plot - h - 4), Groups[g].Labels[s]);
            }
        }
    }

    /// <summary>Where each group's label goes on the x axis.</summary>
    public IEnumerable<(string X, string Y, string Label)> GroupLabels()
    {
        double groupWidth = (double)(Width - Left * 2) / Math.Max(Groups.Count, 1);
        return Groups.Select((g, i) => (F(Left + i * groupWidth + groupWidth / 2), F(Height - Bottom + 18), g.Label));
    }

    /// <summary>The y of the axis line.</summary>
    public static string AxisY => F(Height - Bottom);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>One group of bars: its label and one value (with its label as written) per series; null where none.</summary>
public sealed record BarGroup(string Label, IReadOnlyList<double?> Values, IReadOnlyList<string> Labels);

/// <summary>One laid-out bar.</summary>
public sealed record Bar(int Group, int Series, string X, string Y, string Width, string Height, string LabelX, string LabelY, string Label);
