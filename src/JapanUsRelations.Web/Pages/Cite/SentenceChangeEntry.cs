namespace JapanUsRelations.Web.Pages.Cite;

/// <summary>An edition that changed a sentence after its first: reworded it or removed it.</summary>
/// <param name="Edition">The edition's id.</param>
/// <param name="Relation"><c>reworded</c> or <c>removed</c>.</param>
/// <param name="Share">Least share of words kept from the edition before, 0–1 (0 when removed).</param>
/// <param name="Text">Its wording in that edition (several halves joined by a space after a split); null when removed.</param>
/// <param name="Url">Its place in that edition (the sentence on its paragraph's cite page); null when removed.</param>
/// <param name="Change">The comparison with the edition before, landing on the paragraph.</param>
public sealed record SentenceChangeEntry(string Edition, string Relation, double Share, string? Text, string? Url, string Change);
