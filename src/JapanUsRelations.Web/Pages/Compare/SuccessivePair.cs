using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Compare;

/// <summary>An edition and the one before it, with how much changed.</summary>
/// <param name="Older">The older edition (not serialised).</param>
/// <param name="Newer">The newer edition (not serialised).</param>
/// <param name="Share">Share (0–1) of the newer text changed (not serialised; see <see cref="ChangedShare"/>).</param>
public sealed record SuccessivePair([property: JsonIgnore] Edition Older, [property: JsonIgnore] Edition Newer, [property: JsonIgnore] double Share)
{
    /// <summary>The older edition's id.</summary>
    public string Left => Older.Id;

    /// <summary>The newer edition's id.</summary>
    public string Right => Newer.Id;

    /// <summary>The comparison page.</summary>
    public string Url => Urls.Compare(Older.Id, Newer.Id);

    /// <summary>The comparison's twin.</summary>
    public string Api => Urls.Api(Url);

    /// <summary>Share changed, rounded to four places.</summary>
    public double ChangedShare => Math.Round(Share, 4);
}
