-- 004: topics. The taxonomy (Enrichment/Topics/topics.json) and every body block's topics with the classifier's
-- score and matched terms, so a page can say why a passage is on a topic. Written by Enrichment/Topics/TopicWriter.
CREATE TABLE topic (
    slug        TEXT PRIMARY KEY,                  -- okinawa-and-bases | trade-and-tariffs | …
    ordinal     INTEGER NOT NULL,                  -- display order (taxonomy order)
    name        TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE topic_term (
    topic_slug  TEXT NOT NULL REFERENCES topic(slug),
    ordinal     INTEGER NOT NULL,
    term        TEXT NOT NULL,
    weight      REAL NOT NULL,
    PRIMARY KEY (topic_slug, ordinal)
);

CREATE TABLE block_topic (
    block_id    INTEGER NOT NULL REFERENCES block(id),
    edition_id  INTEGER NOT NULL REFERENCES edition(id),
    topic_slug  TEXT NOT NULL REFERENCES topic(slug),
    rank        INTEGER NOT NULL,                  -- 1 = the block's strongest topic
    score       REAL NOT NULL,                     -- 0 = fallback (no term matched)
    terms       TEXT NOT NULL,                     -- JSON array of matched taxonomy terms
    PRIMARY KEY (block_id, topic_slug)
);
CREATE INDEX ix_block_topic_topic ON block_topic(topic_slug, edition_id);
