-- 011: lineage of sentences within linked paragraphs (sentences numbered from 1 as Enrichment/Facts/SentenceSplitter
-- splits the block's text). Only for passage links whose text differs: where a link's two texts are identical,
-- sentence n is sentence n, the same, and no row is written. Written by Lineage/LineageWriter; read by
-- Store/Lineage/LineageBook.
CREATE TABLE sentence_link (
    older_block_id  INTEGER NOT NULL REFERENCES block(id),
    older_sentence  INTEGER NOT NULL,
    newer_block_id  INTEGER NOT NULL REFERENCES block(id),
    newer_sentence  INTEGER NOT NULL,
    relation        TEXT NOT NULL,                -- same | reworded
    share           REAL NOT NULL,                -- share of words kept, 0-1
    PRIMARY KEY (older_block_id, newer_block_id, older_sentence, newer_sentence)
) WITHOUT ROWID;
CREATE INDEX ix_sentence_link_newer ON sentence_link(newer_block_id, older_block_id);
