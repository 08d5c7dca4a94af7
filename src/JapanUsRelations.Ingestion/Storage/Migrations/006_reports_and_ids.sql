-- 006: reports, figures and table notes, and edition ids that stay put.
-- An edition belongs to one report (its CRS report number, else its title slug) and to a subject shared with
-- related reports (manifest "subject"; the report itself by default).
ALTER TABLE edition ADD COLUMN report_key TEXT NOT NULL DEFAULT '';
ALTER TABLE edition ADD COLUMN subject TEXT NOT NULL DEFAULT '';
CREATE INDEX ix_edition_report ON edition(report_key, published);
CREATE INDEX ix_edition_subject ON edition(subject, published);

-- Note lines under a table or figure ("Note: Values taken at the end of the fiscal year."), a JSON array.
ALTER TABLE block ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';

-- Edition ids handed out by an earlier ingestion that now belong to another id (a corrected date): the edition
-- pages answer 301 from old_slug to edition_slug. Written by Identity/EditionIdentity via Storage/EditionIdHistory.
CREATE TABLE edition_alias (
    old_slug     TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    edition_slug TEXT NOT NULL                     -- edition.slug today
);
