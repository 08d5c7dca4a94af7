-- 012: indexes the read side needs to read one edition at a time (Store/EditionContentReader: WHERE edition_id = @id).
-- Every other per-edition table is keyed by edition first already (section, block, fact, edition_note, repair,
-- author); block_topic was keyed by block and by topic only, so reading one edition's topics scanned the table.
CREATE INDEX ix_block_topic_edition ON block_topic(edition_id);
