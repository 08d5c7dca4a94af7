-- 002: full-text search over every paragraph, table and list, with its section heading.
CREATE VIRTUAL TABLE search_index USING fts5(
    heading,                      -- the section heading (and parent heading), searchable
    text,                         -- the block's reading text
    edition_slug UNINDEXED,
    section_slug UNINDEXED,
    anchor UNINDEXED,
    block_id UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
