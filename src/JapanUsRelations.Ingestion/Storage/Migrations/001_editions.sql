-- 001: editions and their structure. Written once per ingestion into a fresh database file.
CREATE TABLE edition (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,          -- URL id: 2026-02-05 | 2018 | title slug
    title           TEXT NOT NULL,
    publisher       TEXT NOT NULL,
    series          TEXT,
    report_number   TEXT,
    published       TEXT,                          -- ISO date; NULL when undated
    date_precision  TEXT NOT NULL,                 -- None | Year | Month | Day
    date_inferred   INTEGER NOT NULL,
    date_source     TEXT NOT NULL,
    kind            TEXT NOT NULL,                 -- Report | Reference
    is_government   INTEGER NOT NULL,
    source_file     TEXT NOT NULL,
    source_sha256   TEXT NOT NULL,
    source_format   TEXT NOT NULL
);
CREATE INDEX ix_edition_published ON edition(published);

CREATE TABLE author (
    edition_id  INTEGER NOT NULL REFERENCES edition(id),
    ordinal     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT,
    PRIMARY KEY (edition_id, ordinal)
);

CREATE TABLE section (
    id          INTEGER PRIMARY KEY,
    edition_id  INTEGER NOT NULL REFERENCES edition(id),
    parent_id   INTEGER REFERENCES section(id),
    ordinal     INTEGER NOT NULL,
    level       INTEGER NOT NULL,
    heading     TEXT,                              -- NULL for an untitled lead
    slug        TEXT NOT NULL,
    path        TEXT NOT NULL,
    is_run_in   INTEGER NOT NULL,
    source_line INTEGER NOT NULL,
    UNIQUE (edition_id, slug)
);
CREATE INDEX ix_section_parent ON section(parent_id);

CREATE TABLE block (
    id          INTEGER PRIMARY KEY,
    section_id  INTEGER NOT NULL REFERENCES section(id),
    edition_id  INTEGER NOT NULL REFERENCES edition(id),
    ordinal     INTEGER NOT NULL,
    kind        TEXT NOT NULL,                     -- Paragraph | Table | List
    anchor      TEXT NOT NULL,                     -- p1 | t1 | l1
    text        TEXT NOT NULL,
    markup      TEXT NOT NULL,
    html        TEXT NOT NULL,
    first_line  INTEGER NOT NULL,
    last_line   INTEGER NOT NULL,
    caption     TEXT,
    units       TEXT,
    source_note TEXT,
    UNIQUE (edition_id, anchor)
);
CREATE INDEX ix_block_section ON block(section_id, ordinal);

CREATE TABLE table_cell (
    block_id    INTEGER NOT NULL REFERENCES block(id),
    row         INTEGER NOT NULL,
    col         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    is_header   INTEGER NOT NULL,
    is_bold     INTEGER NOT NULL,
    PRIMARY KEY (block_id, row, col)
);

CREATE TABLE list_item (
    block_id    INTEGER NOT NULL REFERENCES block(id),
    ordinal     INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (block_id, ordinal)
);

CREATE TABLE edition_note (
    edition_id  INTEGER NOT NULL REFERENCES edition(id),
    ordinal     INTEGER NOT NULL,
    kind        TEXT NOT NULL,                     -- disclaimer | navigation | further-reading
    text        TEXT NOT NULL,
    items       TEXT NOT NULL,                     -- JSON array of strings
    source_line INTEGER NOT NULL,
    PRIMARY KEY (edition_id, ordinal)
);

CREATE TABLE repair (
    edition_id  INTEGER NOT NULL REFERENCES edition(id),
    ordinal     INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL,
    first_line  INTEGER NOT NULL,
    last_line   INTEGER NOT NULL,
    PRIMARY KEY (edition_id, ordinal)
);

-- What was ingested: lets the web app skip ingestion when the seeds have not changed.
CREATE TABLE ingestion (
    seeds_fingerprint TEXT NOT NULL,               -- SHA-256 over file names, their hashes and the parser version
    ingested_at       TEXT NOT NULL,
    parser_version    TEXT NOT NULL
);
