-- Full-text search moved to a Lucene index in a folder beside the database (store.ArticleIndex): drop H2's
-- native full-text index (its FT schema and the trigger on ARTICLE) and its functions.
CREATE ALIAS IF NOT EXISTS FT_DROP_ALL FOR "org.h2.fulltext.FullText.dropAll";
CALL FT_DROP_ALL();
DROP ALIAS IF EXISTS FT_INIT;
DROP ALIAS IF EXISTS FT_CREATE_INDEX;
DROP ALIAS IF EXISTS FT_DROP_INDEX;
DROP ALIAS IF EXISTS FT_SEARCH;
DROP ALIAS IF EXISTS FT_SEARCH_DATA;
DROP ALIAS IF EXISTS FT_REINDEX;
DROP ALIAS IF EXISTS FT_DROP_ALL;
-- Articles whose outlet, title or date an edit changed, written in the edit's own transaction: opening the
-- database re-reads them into the search index, so an edit the index missed in a crash is not lost there.
CREATE TABLE IF NOT EXISTS article_reindex (article_id BIGINT NOT NULL);
