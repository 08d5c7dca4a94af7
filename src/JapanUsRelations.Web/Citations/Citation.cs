namespace JapanUsRelations.Web.Citations;

/// <summary>Everything a reader copies to cite an edition, section or paragraph.</summary>
/// <param name="Work">What is cited.</param>
/// <param name="Link">The link to share: the permalink, with a text fragment for a paragraph.</param>
/// <param name="Chicago">Chicago bibliography entry.</param>
/// <param name="Apa">APA reference.</param>
/// <param name="BibTex">BibTeX entry.</param>
public sealed record Citation(CitedWork Work, string Link, string Chicago, string Apa, string BibTex)
{
    /// <summary>The absolute permalink.</summary>
    public string Permalink => Work.Url;

    /// <summary>Formats every style for a work.</summary>
    public static Citation Of(CitedWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        string link = work.Block is { } block && TextFragment.For(block) is { } fragment ? work.Url + fragment : work.Url;
        return new Citation(work, link, ChicagoStyle.Format(work), ApaStyle.Format(work), BibTexStyle.Format(work));
    }
}
