-- Full-text search over article title and text with H2's built-in index (org.h2.fulltext.FullText).
CREATE ALIAS IF NOT EXISTS FT_INIT FOR "org.h2.fulltext.FullText.init";
CALL FT_INIT();
CALL FT_CREATE_INDEX('PUBLIC', 'ARTICLE', 'TITLE,TEXT');
