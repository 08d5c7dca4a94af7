using System.Globalization;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The charts the fact pages draw: one kind through time, and each figure's data years side by side.</summary>
public static class FactCharts
{
    /// <summary>A bar per edition stating a number for the kind; null for names, points in time, or no number.</summary>
    public static BarChart? Through(FactRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var numbers = row.Numbers;
        if (numbers.Count == 0 || row.Kind.ValueType == FactValueType.Name || row.Kind.ValueType.IsTime())
        {
            return null;
        }

        var rank = row.Kind.ValueType == FactValueType.Rank ? " (a rank: 1 is the top, so a shorter bar is a higher place)" : "";
        return new BarChart(
            "chart-" + row.Kind.Kind,
            row.Kind.Label + " by edition",
            $"{row.Kind.Label}, as stated by each edition that gives a number{rank}: "
                + string.Join("; ", numbers.Select(n => $"{EditionDisplay.Date(n.Cell.Edition)}: {n.Cell.Main!.Fact.Text}")) + ".",
            ["Value"],
            numbers.Select(n => new BarGroup(EditionDisplay.Date(n.Cell.Edition), [n.Number], [n.Cell.Main!.Fact.Text])).ToList(),
            "As written");
    }

    /// <summary>
    /// Every captioned figure whose cells the catalogue classifies, compared across the data years of the editions
    /// giving it (the facts of the editions a page shows): per column, each row's value as written in each year. A figure is known by its caption's label
    /// ("Figure 1. Top U.S. Trade Partners, 2024" → "Figure 1"); values are drawn in the table's own units.
    /// </summary>
    public static IReadOnlyList<FigureComparison> Figures(IReadOnlyList<StoredFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var cells = facts
            .Where(f => f.Fact.Kind is not null && f.Fact.DataYear is not null && f.Fact.RowLabel is not null && f.Fact.ColumnLabel is not null)
            .Select(f => (Fact: f, Table: f.Section.Blocks.FirstOrDefault(b => b.Anchor == f.Fact.BlockAnchor)?.Table))
            .Where(c => c.Table?.Caption is not null)
            .ToList();
        return cells.GroupBy(c => CaptionLabel(c.Table!.Caption!).Figure, StringComparer.Ordinal).Select(figure =>
        {
            var years = figure.Select(c => (c.Fact.Edition, Year: c.Fact.Fact.DataYear!.Value)).Distinct().OrderBy(y => y.Year).ToList();
            string units = figure.Select(c => c.Table!.Units).FirstOrDefault(u => u is not null) ?? "as written";
            var charts = figure.Select(c => c.Fact.Fact.ColumnLabel!).Distinct(StringComparer.Ordinal)
                .Select(column => Chart(figure.Key, column, units, figure.Where(c => c.Fact.Fact.ColumnLabel == column).Select(c => c.Fact).ToList()))
                .ToList();
            return new FigureComparison(figure.Key, CaptionLabel(figure.First().Table!.Caption!).Title, years, charts);
        }).ToList();
    }

    private static BarChart Chart(string figure, string column, string units, IReadOnlyList<StoredFact> cells)
    {
        var years = cells.Select(f => f.Fact.DataYear!.Value).Distinct().Order().ToList();
        var groups = cells.Select(f => f.Fact.RowLabel!).Distinct(StringComparer.Ordinal).Select(row =>
        {
            var values = years.Select(y => cells.FirstOrDefault(c => c.Fact.RowLabel == row && c.Fact.DataYear == y)).ToList();
            return new BarGroup(row, values.Select(v => AsWritten(v?.Fact.Text)).ToList(), values.Select(v => v?.Fact.Text ?? "").ToList());
        }).ToList();
        string yearsText = string.Join(" and ", years);
        return new BarChart(
            $"chart-{FactDisplay.Slug(figure)}-{FactDisplay.Slug(column)}",
            $"{column}, {yearsText} ({figure}, {units})",
            $"{column} in {units} for each row of {figure}, data years {yearsText} side by side: "
                + string.Join("; ", groups.Select(g => $"{g.Label} {string.Join(" / ", g.Labels)}")) + ".",
            years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(),
            groups,
            units);
    }

    private static double? AsWritten(string? text) =>
        double.TryParse(text?.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    /// <summary>"Figure 1. Top U.S. Trade Partners, 2024" → ("Figure 1", "Top U.S. Trade Partners").</summary>
    private static (string Figure, string Title) CaptionLabel(string caption)
    {
        int stop = caption.IndexOf(". ", StringComparison.Ordinal);
        string figure = stop > 0 ? caption[..stop] : caption;
        string title = stop > 0 ? caption[(stop + 2)..] : caption;
        int comma = title.LastIndexOf(", ", StringComparison.Ordinal);
        return (figure, comma > 0 && title[(comma + 2)..].All(char.IsAsciiDigit) ? title[..comma] : title);
    }
}
