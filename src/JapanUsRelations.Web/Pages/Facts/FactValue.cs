using System.Globalization;
using System.Text.Json.Serialization;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>One stated value: edition, value (number or name), unit, qualifier, text as written, quote, url, change.</summary>
/// <param name="Source">The stored fact (not serialised).</param>
/// <param name="Mark">How it compares with the edition before, when it is its edition's main statement (not serialised).</param>
public sealed record FactValue([property: JsonIgnore] StoredFact Source, [property: JsonIgnore] FactChange? Mark)
{
    /// <summary>The edition's id.</summary>
    public string Edition => Source.Edition.Id;

    /// <summary>The normalised number, or the value as text (a name, a range).</summary>
    public object Value => Source.Fact.Number is { } n && decimal.TryParse(Source.Fact.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? n : Source.Fact.Value;

    /// <summary>Its unit, or null.</summary>
    public string? Unit => Source.Fact.Unit;

    /// <summary>"around", "over", "then"…, or null.</summary>
    public string? Qualifier => Source.Fact.Qualifier;

    /// <summary>The value as written.</summary>
    public string Text => Source.Fact.Text;

    /// <summary>Its sentence (or table row).</summary>
    public string Quote => Source.Fact.Quote;

    /// <summary>Its block's permalink.</summary>
    public string Url => Source.Url;

    /// <summary>Its kind, or null when unclassified.</summary>
    public string? Kind => Source.Fact.Kind;

    /// <summary>For a figure cell, the data year.</summary>
    public int? DataYear => Source.Fact.DataYear;

    /// <summary>For a figure cell, the row label.</summary>
    public string? Row => Source.Fact.RowLabel;

    /// <summary>For a figure cell, the column label.</summary>
    public string? Column => Source.Fact.ColumnLabel;

    /// <summary>"up", "down", "new", "dropped", "changed", "same", or null.</summary>
    public string? Change => Mark is null or FactChange.None ? null : FactMarks.Of(Mark.Value).Words;
}
