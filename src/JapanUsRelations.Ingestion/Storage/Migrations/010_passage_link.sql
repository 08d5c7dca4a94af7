-- 010: lineage of passages and sections. Every block (paragraph, table, list) of an edition linked to its
-- counterparts in its predecessor (edition_step), as the comparison aligned them: same, reworded, moved, split,
-- merged (with the share of words kept). A block with no link from its predecessor is new there; a block with no
-- link into a successor was removed in it. Sections linked as the comparison paired them. Written by
-- Lineage/LineageWriter; read by Store/Lineage/LineageBook.
CREATE TABLE passage_link (
    older_block_id INTEGER NOT NULL REFERENCES block(id),
    newer_block_id INTEGER NOT NULL REFERENCES block(id),
    relation       TEXT NOT NULL,                 -- same | reworded | moved | split | merged
    share          REAL NOT NULL,                 -- share of words kept, 0-1 (1 when the same)
    PRIMARY KEY (older_block_id, newer_block_id)
) WITHOUT ROWID;
CREATE INDEX ix_passage_link_newer ON passage_link(newer_block_id, older_block_id);

CREATE TABLE section_link (
    older_section_id INTEGER NOT NULL REFERENCES section(id),
    newer_section_id INTEGER NOT NULL REFERENCES section(id),
    status           TEXT NOT NULL,               -- unchanged | changed | moved
    similarity       REAL NOT NULL,               -- the comparison's pairing score
    PRIMARY KEY (older_section_id, newer_section_id)
) WITHOUT ROWID;
CREATE INDEX ix_section_link_newer ON section_link(newer_section_id, older_section_id);
