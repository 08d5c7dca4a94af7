using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>A figure's data table as several editions give it, one chart per column, their data years side by side.</summary>
/// <param name="Figure">The figure's label as captioned ("Figure 1").</param>
/// <param name="Title">The caption without its label and data year ("Top U.S. Trade Partners").</param>
/// <param name="Years">Each edition giving the figure, with the data year of its copy.</param>
/// <param name="Charts">One chart per column.</param>
public sealed record FigureComparison(string Figure, string Title, IReadOnlyList<(Edition Edition, int Year)> Years, IReadOnlyList<BarChart> Charts);
