-- PostgreSQL's own full-text search for the portal (DANVAN_SEARCH=postgresql, issue 17): every node reads the same
-- rows, so an article saved on one node is found on every other at once. Applied on PostgreSQL only (the Flyway
-- location db/vendor/{vendor}); present whichever engine is configured, so switching engine needs no migration.
--
-- Words are folded as the Lucene analyzer folds them: unaccent (đ → d, ệ → e) then lower case, no stop words,
-- no stemming ('simple'), so "dan van kheo" finds "Dân vận khéo".
create extension if not exists unaccent;
create extension if not exists pg_trgm;

drop text search configuration if exists danvan_folded;
create text search configuration danvan_folded (copy = simple);
alter text search configuration danvan_folded
    alter mapping for word, hword, hword_part, numword, numhword, hword_numpart with unaccent, simple;

-- unaccent() is only STABLE (its dictionary could be changed); this wrapper names the dictionary, so a generated
-- column and an index may use it.
create or replace function danvan_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Matching: every word of the title (weight A), the lead (B) and the whole body (D).
alter table portal_article add column search_all tsvector generated always as (
    setweight(to_tsvector('danvan_folded', title), 'A')
    || setweight(to_tsvector('danvan_folded', lead), 'B')
    || setweight(to_tsvector('danvan_folded', plain_text), 'D')) stored;
create index portal_article_search_all on portal_article using gin (search_all);

-- Every word in the title: the first tier of the ranking.
alter table portal_article add column search_title tsvector generated always as (to_tsvector('danvan_folded', title)) stored;
create index portal_article_search_title on portal_article using gin (search_title);

-- Ranking and phrases: the title, the lead and the body's opening (the summary the snippet shows). Small, so
-- ranking a thousand hits reads a few hundred bytes for each instead of whole bodies. Not indexed: read per hit.
alter table portal_article add column search_head tsvector generated always as (
    setweight(to_tsvector('danvan_folded', title), 'A')
    || setweight(to_tsvector('danvan_folded', lead), 'B')
    || setweight(to_tsvector('danvan_folded', left(plain_text, 400)), 'D')) stored;

-- Near matches ("dan van kheu"): trigrams of the folded title and lead.
alter table portal_article add column search_folded text generated always as (danvan_fold(title || ' ' || lead)) stored;
create index portal_article_search_trgm on portal_article using gin (search_folded gin_trgm_ops);

-- The newest change, read by every search to key the first pages it keeps.
create index portal_article_updated on portal_article (updated_at);
-- Newest first: how a query matching much of the portal lists its body-only matches, reading a few rows per page.
create index portal_article_published on portal_article (published_at);
