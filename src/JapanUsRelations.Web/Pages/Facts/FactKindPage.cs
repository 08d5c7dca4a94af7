using System.Text.Json.Serialization;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>
/// One fact kind through time (<c>/facts/{kind}</c> and its twin), every source sentence quoted; or, for
/// <c>/facts/unclassified</c>, the quantities no kind matched (<see cref="Row"/> null).
/// </summary>
/// <param name="Row">The kind through time; null on the unclassified list (not serialised).</param>
/// <param name="Unclassified">The unclassified quantities (not serialised; see <see cref="Values"/>).</param>
/// <param name="Chart">The chart, where the values are numbers (not serialised).</param>
public sealed record FactKindPage([property: JsonIgnore] FactRow? Row, [property: JsonIgnore] IReadOnlyList<StoredFact> Unclassified, [property: JsonIgnore] BarChart? Chart)
{
    /// <summary>The pseudo-kind under which quantities the catalogue does not know are listed.</summary>
    public const string UnclassifiedKind = "unclassified";

    /// <summary>The kind's id, or <c>unclassified</c>.</summary>
    public string Kind => Row?.Kind.Kind ?? UnclassifiedKind;

    /// <summary>What it is.</summary>
    public string Label => Row?.Kind.Label ?? "Unclassified quantities";

    /// <summary>The topic it speaks of; null for the unclassified list.</summary>
    public string? Topic => Row?.Kind.Topic;

    /// <summary>The catalogue's unit, or null.</summary>
    public string? Unit => Row?.Kind.Unit;

    /// <summary>How it is recognised, in words; null for the unclassified list.</summary>
    public string? Recognised => Row?.Kind.Recognised;

    /// <summary>Its page.</summary>
    public string Url => Urls.Fact(Kind);

    /// <summary>Every statement, as in <see cref="FactKindEntry.Values"/>.</summary>
    public IReadOnlyList<FactValue> Values => Row is null ? Unclassified.Select(f => new FactValue(f, null)).ToList() : new FactKindEntry(Row).Values;
}
