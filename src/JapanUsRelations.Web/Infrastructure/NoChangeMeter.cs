using JapanUsRelations.Ingestion.Model;

namespace JapanUsRelations.Web.Infrastructure;

/// <summary>Placeholder used until the comparison feature registers its meter: reports "unknown".</summary>
public sealed class NoChangeMeter : IChangeMeter
{
    /// <inheritdoc />
    public double? ChangedShare(Edition older, Edition newer) => null;
}
