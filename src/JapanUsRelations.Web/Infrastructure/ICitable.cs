namespace JapanUsRelations.Web.Infrastructure;

/// <summary>
/// A page record whose permalink is not its own URL (the cite page of a paragraph cites the paragraph): the
/// <c>Link: &lt;…&gt;; rel="cite-as"</c> header of the page and its twin names <see cref="CiteAs"/> instead.
/// </summary>
public interface ICitable
{
    /// <summary>The permalink to cite, a site path (<c>/editions/2026-02-05/china#p9</c>) or an absolute URL.</summary>
    string CiteAs { get; }
}
