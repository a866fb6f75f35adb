-- Four indexes repeated the one H2 already keeps for a foreign key on the same column: every stored claim, mention
-- and incident paid for both. They go.
-- The incident summaries (the map, the timeline and the incidents list at start and after each import or edit) count
-- each incident's repeats and contradictions, which meant reading every link row whole: at 100,000 articles 21.7
-- million rows, two thirds of them other relations, in 17 s. An index holding exactly the columns they need lets H2
-- read only the matching entries and never the rows (5 s). Its claims come newer first: the extractor links each new
-- claim (claim_b) to earlier ones, so new entries land at the end of their relation instead of all over the index;
-- with the four indexes gone, an import takes no longer than before.
DROP INDEX IF EXISTS claim_article_idx;
DROP INDEX IF EXISTS claim_incident_idx;
DROP INDEX IF EXISTS incident_site_idx;
DROP INDEX IF EXISTS mention_article_idx;
CREATE INDEX IF NOT EXISTS claim_link_relation_idx ON claim_link (relation, status, claim_b, claim_a);
