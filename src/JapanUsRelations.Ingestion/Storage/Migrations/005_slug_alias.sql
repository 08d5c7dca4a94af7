-- 005: section slugs that existed in an earlier ingestion of an edition and were renamed since (a parser fix, an
-- edited heading). The section page answers 301 from old_slug to new_slug, so links made before keep working.
-- Written by Storage/SlugHistory from the database being replaced; older aliases are carried forward.
CREATE TABLE slug_alias (
    edition_slug TEXT NOT NULL,                    -- edition.slug (URL id)
    old_slug     TEXT NOT NULL,                    -- a slug no section of the edition has any more
    new_slug     TEXT NOT NULL,                    -- the section whose text matches best today
    PRIMARY KEY (edition_slug, old_slug)
);
