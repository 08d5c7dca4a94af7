using System.Text.Json.Serialization;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;
using JapanUsRelations.Web.Infrastructure.Paging;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>
/// One fact kind through time (<c>/facts/{kind}?page=N</c> and its twin), a page of report editions at a time, every
/// source sentence quoted; or, for <c>/facts/unclassified</c>, the quantities no kind matched in a page of editions
/// (<see cref="Row"/> null). Its twin carries the paging fields (over editions) and this page's values.
/// </summary>
/// <param name="Paging">Where this page stands among the editions.</param>
/// <param name="Row">The kind through this page's editions; null on the unclassified list (not serialised).</param>
/// <param name="Unclassified">The unclassified quantities of this page's editions (not serialised; see <see cref="Values"/>).</param>
/// <param name="Chart">The chart of this page's editions, where the values are numbers (not serialised).</param>
public sealed record FactKindPage(
    Pagination Paging,
    [property: JsonIgnore] FactRow? Row,
    [property: JsonIgnore] IReadOnlyList<StoredFact> Unclassified,
    [property: JsonIgnore] BarChart? Chart) : PagedRecord(Paging)
{
    /// <summary>The pseudo-kind under which quantities the catalogue does not know are listed.</summary>
    public const string UnclassifiedKind = "unclassified";

    /// <summary>Report editions per page of a kind when the URL names no size.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The most report editions a page of a kind shows, whatever size is asked for.</summary>
    public const int MaxPageSize = 50;

    /// <summary>Editions per page of the unclassified quantities when the URL names no size (each states many).</summary>
    public const int UnclassifiedPageSize = 5;

    /// <summary>The most editions a page of unclassified quantities shows, whatever size is asked for (an edition can state 40 KB of them).</summary>
    public const int UnclassifiedMaxPageSize = 5;

    /// <summary>The editions this page shows (not serialised).</summary>
    [JsonIgnore]
    public IReadOnlyList<Edition> Shown { get; init; } = [];

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

    /// <summary>This page's statements, as in <see cref="FactKindEntry.Values"/>.</summary>
    public IReadOnlyList<FactValue> Values => Row is null ? Unclassified.Select(f => new FactValue(f, null)).ToList() : new FactKindEntry(Row).Values;
}
