using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Facts;

/// <summary>A fact as served: the fact, the edition and section that state it, and the permalink of its block.</summary>
public sealed record StoredFact(Edition Edition, Section Section, Fact Fact)
{
    /// <summary>The block's permalink (section page plus anchor).</summary>
    public string Url => Urls.Block(Edition.Id, Section.Slug, Fact.BlockAnchor);

    /// <summary>True when the text calls the holder or value a former one ("then-President Biden").</summary>
    public bool IsFormer => Fact.Qualifier == "then";
}
