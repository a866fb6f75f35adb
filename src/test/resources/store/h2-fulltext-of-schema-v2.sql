-- What schema version 2 (releases before the Lucene search index) created: H2's native full-text index over
-- article title and text. Tests build databases of that version, or one killed while creating it, from this file.
CREATE ALIAS IF NOT EXISTS FT_INIT FOR "org.h2.fulltext.FullText.init";
CALL FT_INIT();
CALL FT_CREATE_INDEX('PUBLIC', 'ARTICLE', 'TITLE,TEXT');
