-- The article list, search results and the timeline's brush read pages of article rows; with each article's text in
-- its row, every one of them also read the whole text (about 3 KB) from the file. The text moves to a table of its
-- own, and the row keeps only its first 240 characters (ArticleSummary.LEAD_LENGTH) as the opening the list shows
-- when an article states no title: the text column is renamed and cut short.
-- Nothing here makes H2 rebuild the article table (adding, dropping or retyping a column would): a rebuild killed
-- half-way leaves a copy of the table behind that foreign keys still point to. The copy and the cut are plain rows,
-- committed with the schema version at the end; the statements before them are each safe to run again.
-- Openings up to 1 KB (240 characters in any script) stay inside their row instead of in H2's large-object store.
SET MAX_LENGTH_INPLACE_LOB 1024;
CREATE TABLE IF NOT EXISTS article_text (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    text       CLOB   NOT NULL
);
ALTER TABLE article ALTER COLUMN IF EXISTS text RENAME TO opening;
INSERT INTO article_text (article_id, text)
    SELECT a.id, a.opening FROM article a WHERE NOT EXISTS (SELECT 1 FROM article_text t WHERE t.article_id = a.id);
UPDATE article SET opening = SUBSTRING(opening, 1, 240) WHERE LENGTH(opening) > 240;
