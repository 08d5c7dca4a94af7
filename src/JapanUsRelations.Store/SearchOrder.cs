namespace JapanUsRelations.Store;

/// <summary>The order of a search's result groups (one group per edition); within a group, best match first.</summary>
public enum SearchOrder
{
    /// <summary>The newest edition's group first; undated reference sources last.</summary>
    Newest,

    /// <summary>The group holding the best match first (FTS5 bm25).</summary>
    Relevance,
}
