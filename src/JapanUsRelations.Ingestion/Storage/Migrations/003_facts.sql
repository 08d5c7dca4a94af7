-- 003: facts. The fact-kind catalogue (Enrichment/Facts/fact-kinds.json, table kinds filled per row) and every fact
-- an edition states, tied to its block and quoting its sentence. Written by Enrichment/Facts/FactWriter.
CREATE TABLE fact_kind (
    kind        TEXT PRIMARY KEY,                  -- us-troops-in-japan | us-imports-from-japan | …
    ordinal     INTEGER NOT NULL,                  -- display order (catalogue order; table rows in the order met)
    label       TEXT NOT NULL,
    topic       TEXT NOT NULL,                     -- topic slug, e.g. alliance-and-security
    value_type  TEXT NOT NULL,                     -- count | money | percent | fraction | rank | year | fiscal-year | name | table-cell
    unit        TEXT,
    recognised  TEXT NOT NULL                      -- how the kind is recognised, in words
);

CREATE TABLE fact (
    id           INTEGER PRIMARY KEY,
    edition_id   INTEGER NOT NULL REFERENCES edition(id),
    block_id     INTEGER NOT NULL REFERENCES block(id),
    ordinal      INTEGER NOT NULL,                 -- order within the edition
    kind         TEXT REFERENCES fact_kind(kind),  -- NULL: a quantity the catalogue does not know
    text         TEXT NOT NULL,                    -- as written; occurs verbatim in quote
    quote        TEXT NOT NULL,                    -- the sentence (or table row); occurs verbatim in the block text
    offset_in_block INTEGER NOT NULL,              -- where text starts in the block text
    number       REAL,                             -- normalised number (0.7 for 70%)
    value        TEXT NOT NULL,                    -- normalised value: number, ISO date or name
    unit         TEXT,
    qualifier    TEXT,                             -- around | over | roughly | about | then | …
    data_year    INTEGER,                          -- table facts: the year the figure's data are for
    row_label    TEXT,
    column_label TEXT,
    UNIQUE (edition_id, ordinal)
);
CREATE INDEX ix_fact_kind ON fact(kind, edition_id);
CREATE INDEX ix_fact_block ON fact(block_id);
