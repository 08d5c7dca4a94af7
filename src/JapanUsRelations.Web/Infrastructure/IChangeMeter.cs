using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>How much of an edition's text changed since an older one (implemented by the comparison feature).</summary>
public interface IChangeMeter
{
    /// <summary>Share (0–1) of <paramref name="newer"/>'s text that differs from <paramref name="older"/>; null if unknown.</summary>
    double? ChangedShare(Edition older, Edition newer);
}
