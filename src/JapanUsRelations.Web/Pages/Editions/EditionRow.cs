using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Pages.Editions;

/// <summary>A report edition in the list, with the edition before it and the share of its text changed since then.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Previous">The previous report edition, or null for the first.</param>
/// <param name="ChangedShare">Share (0–1) of the text changed since <paramref name="Previous"/>; null for the first.</param>
public sealed record EditionRow(Edition Edition, Edition? Previous, double? ChangedShare);
