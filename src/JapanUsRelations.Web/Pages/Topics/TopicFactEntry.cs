using System.Text.Json.Serialization;
using JapanUsRelations.Store;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Topics;

/// <summary>A classified fact an edition states on a topic.</summary>
/// <param name="Source">The stored fact (not serialised).</param>
/// <param name="Label">Its kind's label.</param>
public sealed record TopicFactEntry([property: JsonIgnore] StoredFact Source, string Label)
{
    /// <summary>The edition's id.</summary>
    [JsonPropertyOrder(-2)]
    public string Edition => Source.Edition.Id;

    /// <summary>The fact kind.</summary>
    [JsonPropertyOrder(-1)]
    public string? Kind => Source.Fact.Kind;

    /// <summary>The value as written.</summary>
    public string Text => Source.Fact.Text;

    /// <summary>Its sentence.</summary>
    public string Quote => Source.Fact.Quote;

    /// <summary>Its block's permalink.</summary>
    public string Url => Source.Url;
}
