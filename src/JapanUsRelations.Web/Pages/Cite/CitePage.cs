using System.Globalization;
using System.Text.Json.Serialization;
using JapanUsRelations.Web.Citations;
using JapanUsRelations.Web.Pages.Shared;

namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>"Cite this" (<c>/cite/{id}[/{section}[/{anchor}]]</c> and its twin): what is cited and every style.</summary>
/// <param name="Found">What is cited (not serialised).</param>
/// <param name="Citation">The citation (not serialised; see the properties).</param>
/// <param name="Passage">A cited paragraph's history across the editions (not serialised; see <see cref="Latest"/>), else null.</param>
/// <param name="Sentences">A cited paragraph's sentences, each with its own history (null for a section, an edition, a table or a list).</param>
public sealed record CitePage(
    [property: JsonIgnore] CiteLookup Found,
    [property: JsonIgnore] Citation Citation,
    [property: JsonIgnore] PassageHistory? Passage = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonPropertyOrder(1)] IReadOnlyList<SentenceEntry>? Sentences = null) : Infrastructure.ICitable
{
    /// <inheritdoc />
    string Infrastructure.ICitable.CiteAs => Citation.Permalink;

    /// <summary>The edition's id.</summary>
    public string Edition => Found.Edition!.Id;

    /// <summary>The section's slug, or null.</summary>
    public string? Section => Found.Section?.Slug;

    /// <summary>The block's anchor, or null.</summary>
    public string? Anchor => Found.Block?.Anchor;

    /// <summary>The absolute permalink.</summary>
    public string Permalink => Citation.Permalink;

    /// <summary>The link to share (with a text fragment for a paragraph).</summary>
    public string Link => Citation.Link;

    /// <summary>The accessed date, ISO.</summary>
    public string Accessed => Citation.Work.Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Chicago bibliography entry.</summary>
    public string Chicago => Citation.Chicago;

    /// <summary>APA reference.</summary>
    public string Apa => Citation.Apa;

    /// <summary>BibTeX entry.</summary>
    [JsonPropertyName("bibtex")]
    public string BibTex => Citation.BibTex;

    /// <summary>A cited paragraph's state in the newest edition of its report (null for a section or edition).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LatestEntry? Latest => Passage?.Latest;

    /// <summary>A cited paragraph's history line (null for a section or edition).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? History => Passage?.Line;
}
