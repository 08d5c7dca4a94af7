using System.Text.Json.Serialization;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>One kind with every edition's values (an item of <c>/api/facts</c>).</summary>
/// <param name="Row">The kind through time (not serialised).</param>
public sealed record FactKindEntry([property: JsonIgnore] FactRow Row)
{
    /// <summary>The kind's id.</summary>
    public string Kind => Row.Kind.Kind;

    /// <summary>What it is.</summary>
    public string Label => Row.Kind.Label;

    /// <summary>The topic it speaks of.</summary>
    public string Topic => Row.Kind.Topic;

    /// <summary>The catalogue's unit, or null.</summary>
    public string? Unit => Row.Kind.Unit;

    /// <summary>How it is recognised, in words.</summary>
    public string Recognised => Row.Kind.Recognised;

    /// <summary>Its page.</summary>
    public string Url => Urls.Fact(Row.Kind.Kind);

    /// <summary>Every statement: report editions oldest first (each edition's main one with its change), then references.</summary>
    public IReadOnlyList<FactValue> Values => Row.Cells.SelectMany(c => c.Facts.Select(f => new FactValue(f, c.Main == f ? c.Change : null)))
        .Concat(Row.References.Select(f => new FactValue(f, null))).ToList();
}
