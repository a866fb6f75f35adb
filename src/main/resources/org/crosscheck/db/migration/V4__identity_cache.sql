-- Identity columns hand out ids from a cache of 10,000 instead of H2's 32. Every time the cache runs out H2 commits
-- the new high-water mark, and with WRITE_DELAY=0 that commit writes the whole store to disk: at 32 that was a
-- store write every 32 inserted claims, mentions or links, over a third of extraction's storing time. A crash can
-- now leave a gap of up to 10,000 unused ids in a table; ids are never reused, and nothing reads meaning into them.
ALTER TABLE outlet ALTER COLUMN id SET CACHE 10000;
ALTER TABLE article ALTER COLUMN id SET CACHE 10000;
ALTER TABLE mention ALTER COLUMN id SET CACHE 10000;
ALTER TABLE incident ALTER COLUMN id SET CACHE 10000;
ALTER TABLE claim ALTER COLUMN id SET CACHE 10000;
ALTER TABLE claim_link ALTER COLUMN id SET CACHE 10000;
ALTER TABLE tag ALTER COLUMN id SET CACHE 10000;
ALTER TABLE audit_log ALTER COLUMN id SET CACHE 10000;
