-- The incident summaries read, of each claim about an incident, its id, incident, article and speaker: at 100,000
-- articles 3.3 million claim rows read whole (6 s). An index holding exactly those columns gives them in a third of
-- the time, by incident; the summaries put them back in id order themselves.
CREATE INDEX IF NOT EXISTS claim_summary_idx ON claim (incident_id, article_id, attributed_to);
