using JapanUsRelations.Comparison;
using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// The comparison of two editions, computed once per pair and kept (implemented by the comparison feature's
/// <c>ComparisonService</c>), for features that show changes between neighbouring editions (a section's history).
/// </summary>
public interface IEditionComparisons
{
    /// <summary>The comparison of <paramref name="older"/> (left) with <paramref name="newer"/> (right).</summary>
    EditionComparison Compare(Edition older, Edition newer);
}
