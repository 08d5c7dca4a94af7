-- 008: the topic classifier's threshold (topics.json "minScore"), stored with the taxonomy it belongs to, so that
-- pages explain a passage's score against the threshold of the database they serve. Written by
-- Enrichment/Topics/TopicWriter, once per database. (Numbered 008 to leave 006-007 to the report work.)
CREATE TABLE topic_threshold (
    min_score REAL NOT NULL                        -- least score that puts a passage on a topic by its terms
);
