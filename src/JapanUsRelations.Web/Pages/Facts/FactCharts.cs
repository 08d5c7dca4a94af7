using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Pages.Editions;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>The charts the fact pages draw: one kind through time, and Figure 1's two data years side by side.</summary>
public static class FactCharts
{
    /// <summary>A bar per edition stating a number for the kind; null when fewer than one number.</summary>
    public static BarChart? Through(FactRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var numbers = row.Numbers;
        if (numbers.Count == 0 || row.Kind.Unit == "person" || row.Kind.ValueType is "year" or "fiscal-year" or "date" or "month")
        {
            return null;
        }

        var rank = row.Kind.ValueType == "rank" ? " (a rank: 1 is the top, so a shorter bar is a higher place)" : "";
        return new BarChart(
            "chart-" + row.Kind.Kind,
            row.Kind.Label + " by edition",
            $"{row.Kind.Label}, as stated by each edition that gives a number{rank}: "
                + string.Join("; ", numbers.Select(n => $"{EditionDisplay.Date(n.Cell.Edition)}: {n.Cell.Main!.Fact.Text}")) + ".",
            ["Value"],
            numbers.Select(n => new BarGroup(EditionDisplay.Date(n.Cell.Edition), [n.Number], [n.Cell.Main!.Fact.Text])).ToList(),
            "As written");
    }

    /// <summary>Figure 1 of two editions side by side: for one column, each partner's value per data year.</summary>
    public static BarChart? Figure1(IReadOnlyList<StoredFact> all, string column)
    {
        ArgumentNullException.ThrowIfNull(all);
        var cells = all.Where(f => f.Fact.ColumnLabel == column && f.Fact.DataYear is not null && f.Fact.Kind is not null).ToList();
        var years = cells.Select(f => f.Fact.DataYear!.Value).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var partners = cells.Select(f => f.Fact.RowLabel!).Distinct(StringComparer.Ordinal).ToList();
        var groups = partners.Select(p =>
        {
            var values = years.Select(y => cells.FirstOrDefault(c => c.Fact.RowLabel == p && c.Fact.DataYear == y)).ToList();
            return new BarGroup(p, values.Select(v => v?.Fact.Number is { } n ? (double?)(double)n / 1e9 : null).ToList(), values.Select(v => v?.Fact.Text ?? "").ToList());
        }).ToList();
        string yearsText = string.Join(" and ", years);
        return new BarChart(
            "chart-figure-1-" + FactDisplay.Slug(column),
            $"{column}, {yearsText} (Figure 1, U.S. $ billions)",
            $"{column} in U.S. $ billions for each top trade partner, data years {yearsText} side by side: "
                + string.Join("; ", groups.Select(g => $"{g.Label} {string.Join(" / ", g.Labels)}")) + ".",
            years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            groups,
            "$ billions");
    }
}
