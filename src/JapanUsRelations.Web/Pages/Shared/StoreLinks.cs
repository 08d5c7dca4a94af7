using JapanUsRelations.Store;
using JapanUsRelations.Web.Infrastructure;

namespace JapanUsRelations.Web.Pages.Shared;

/// <summary>The permalinks of the store's records (the store knows no URLs; <see cref="Urls"/> builds them all).</summary>
public static class StoreLinks
{
    extension(StoredFact fact)
    {
        /// <summary>The fact's block's permalink (section page plus anchor).</summary>
        public string Url => Urls.Block(fact.Edition.Id, fact.Section.Slug, fact.Fact.BlockAnchor);
    }

    extension(TopicPassage passage)
    {
        /// <summary>The passage's permalink, <c>/editions/{id}/{section}#{anchor}</c>.</summary>
        public string Url => Urls.Block(passage.Edition.Id, passage.Section.Slug, passage.Block.Anchor);
    }
}
