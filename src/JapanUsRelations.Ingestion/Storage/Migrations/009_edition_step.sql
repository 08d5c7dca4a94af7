-- 009: each edition's step from its predecessor on its subject (the previous edition of its report, or for the
-- first edition of a report the previous edition on the same subject), with their comparison stored once, so the
-- site never recomputes it. Written by Lineage/LineageWriter (project JapanUsRelations.Lineage); read by
-- Store/Lineage/LineageBook and the comparison feature.
CREATE TABLE edition_step (
    newer_edition_id  INTEGER PRIMARY KEY REFERENCES edition(id),   -- an edition has at most one predecessor
    older_edition_id  INTEGER NOT NULL REFERENCES edition(id),
    changed_share     REAL NOT NULL,                                -- EditionComparison.ChangedShare (substantive changes)
    raw_changed_share REAL NOT NULL,                                -- EditionComparison.RawChangedShare (typography too)
    comparison_format TEXT NOT NULL,                                -- how `comparison` is encoded, e.g. json-deflate-1
    comparison        BLOB NOT NULL                                 -- the whole EditionComparison, encoded
);
CREATE INDEX ix_edition_step_older ON edition_step(older_edition_id);
