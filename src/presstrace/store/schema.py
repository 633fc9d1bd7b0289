"""The store's schema, as numbered migrations. A database records the last one applied
(`PRAGMA user_version`); opening it applies the rest in order, each in one transaction.
Never edit a released migration: add the next one.
"""

MIGRATIONS: list[str] = [
    # 1: articles and what analysis found in each
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,            -- the input's own id, else a hash of the raw input
        content_hash TEXT NOT NULL,     -- hash of the clean body: the same article under two ids
        origin TEXT, path TEXT, url TEXT,
        title TEXT, authors TEXT,       -- authors: JSON list
        published TEXT, outlet TEXT, syndicated_from TEXT,
        text TEXT NOT NULL,
        record TEXT NOT NULL,           -- the whole article record, JSON
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE people (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        pid TEXT NOT NULL, name TEXT NOT NULL,
        aliases TEXT, roles TEXT,       -- JSON
        PRIMARY KEY (article_id, pid)
    );
    CREATE INDEX people_name ON people(name);
    CREATE TABLE organizations (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        oid TEXT NOT NULL, name TEXT NOT NULL, kind TEXT,
        PRIMARY KEY (article_id, oid)
    );
    CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        qid TEXT NOT NULL, text TEXT NOT NULL, start INTEGER, "end" INTEGER, type TEXT,
        speaker TEXT, speaker_pid TEXT, cue TEXT, addressee TEXT, medium TEXT, reported_by TEXT,
        PRIMARY KEY (article_id, qid)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE contacts (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        cid TEXT NOT NULL, kind TEXT, cue TEXT,
        a TEXT, a_pid TEXT, b TEXT, b_pid TEXT, b_is_group INTEGER NOT NULL DEFAULT 0,
        polarity TEXT, asserted_by TEXT, asserted_by_pid TEXT,
        when_text TEXT, when_value TEXT, place TEXT, event TEXT,
        evidence TEXT, evidence_start INTEGER, evidence_end INTEGER,
        PRIMARY KEY (article_id, cid)
    );
    CREATE INDEX contacts_a ON contacts(a);
    CREATE INDEX contacts_b ON contacts(b);
    CREATE TABLE dates (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT, value TEXT, start INTEGER, "end" INTEGER
    );
    CREATE INDEX dates_article ON dates(article_id);
    CREATE TABLE failures (
        origin TEXT PRIMARY KEY, reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
    CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='rowid');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.rowid, old.text, old.speaker);
    END;
    """,
    # 2: cross-article resolution (presstrace.resolve): one entity per real person, the mention ->
    # entity map, user decisions that every re-run applies, syndication clusters
    """
    CREATE TABLE entities (
        entity_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,             -- display name: the fullest, most frequent form
        kind TEXT NOT NULL DEFAULT 'person',
        block TEXT NOT NULL,            -- blocking key: the folded family name
        n_articles INTEGER NOT NULL DEFAULT 0,
        n_mentions INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entities_block ON entities(block);
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE entity_names (
        key TEXT PRIMARY KEY,           -- folded full name ('sergey kislyak', 'jd gordon', 'kislyak')
        entity_id INTEGER NOT NULL REFERENCES entities(entity_id),
        name TEXT NOT NULL,             -- as written, most often
        n INTEGER NOT NULL DEFAULT 0,   -- mentions with this key
        method TEXT NOT NULL            -- how the key joined: new|variant|surname|user
    );
    CREATE INDEX entity_names_entity ON entity_names(entity_id);
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        pid TEXT NOT NULL,              -- the person's id in the record; '~key' for a name no person carries
        name TEXT NOT NULL, key TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        PRIMARY KEY (article_id, pid)
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_key ON mentions(key);
    CREATE TABLE quote_speakers (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        qid TEXT NOT NULL,
        pid TEXT,                       -- the speaker's mention (see mentions.pid)
        entity_id INTEGER,
        PRIMARY KEY (article_id, qid)
    );
    CREATE INDEX quote_speakers_entity ON quote_speakers(entity_id);
    CREATE TABLE contact_parties (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        cid TEXT NOT NULL,
        a_pid TEXT, a_entity INTEGER, b_pid TEXT, b_entity INTEGER,
        asserter_pid TEXT, asserter_entity INTEGER,
        PRIMARY KEY (article_id, cid)
    );
    CREATE INDEX contact_parties_a ON contact_parties(a_entity);
    CREATE INDEX contact_parties_b ON contact_parties(b_entity);
    CREATE TABLE entity_roles (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        pid TEXT NOT NULL, title TEXT NOT NULL, "of" TEXT, published TEXT,
        evidence TEXT, evidence_start INTEGER, evidence_end INTEGER
    );
    CREATE INDEX entity_roles_mention ON entity_roles(article_id, pid);
    CREATE TABLE entity_decisions (     -- merges and splits by users, applied again by every resolve
        decision_id INTEGER PRIMARY KEY,
        action TEXT NOT NULL,           -- merge | split
        detail TEXT NOT NULL,           -- JSON: the name keys (and articles) concerned
        at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE resolved (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE resolve_state (        -- what the last resolve applied (e.g. the last user decision)
        name TEXT PRIMARY KEY, value TEXT
    );
    CREATE TABLE minhashes (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB                  -- datasketch MinHash hash values (uint64), NULL for too-short texts
    );
    CREATE TABLE clusters (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL,       -- the id of the cluster's original article
        is_original INTEGER NOT NULL DEFAULT 0,
        similarity REAL                 -- estimated Jaccard with the original
    );
    CREATE INDEX clusters_cluster ON clusters(cluster_id);
    CREATE VIEW contact_ledger AS   -- every contact claim, its people resolved, with outlet, date and story
    SELECT c.article_id, c.cid, cp.a_entity, ea.name AS a_name, c.a AS a_written,
           cp.b_entity, eb.name AS b_name, c.b AS b_written, c.b_is_group,
           c.kind, c.polarity, cp.asserter_entity, coalesce(es.name, c.asserted_by) AS asserted_by,
           c.when_text, c.when_value, coalesce(c.when_value, a.published) AS date, c.place, c.event,
           c.evidence, a.outlet, a.published, a.title, a.url,
           coalesce(cl.cluster_id, a.id) AS story, coalesce(cl.is_original, 1) AS is_original
    FROM contacts c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN contact_parties cp ON cp.article_id = c.article_id AND cp.cid = c.cid
    LEFT JOIN entities ea ON ea.entity_id = cp.a_entity
    LEFT JOIN entities eb ON eb.entity_id = cp.b_entity
    LEFT JOIN entities es ON es.entity_id = cp.asserter_entity
    LEFT JOIN clusters cl ON cl.article_id = c.article_id;
    CREATE VIEW quote_ledger AS     -- every quote, its speaker resolved, with the sourcing chain
    SELECT q.article_id, q.qid, qs.entity_id AS speaker_entity, coalesce(e.name, q.speaker) AS speaker,
           q.text, q.type, q.cue, q.addressee, q.medium, q.reported_by, q.start, q."end",
           a.outlet, a.published, a.syndicated_from, a.title, a.url,
           coalesce(cl.cluster_id, a.id) AS story, coalesce(cl.is_original, 1) AS is_original
    FROM quotes q
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN quote_speakers qs ON qs.article_id = q.article_id AND qs.qid = q.qid
    LEFT JOIN entities e ON e.entity_id = qs.entity_id
    LEFT JOIN clusters cl ON cl.article_id = q.article_id;
    CREATE VIEW role_ledger AS      -- every role found for a person, dated by its article
    SELECT m.entity_id, e.name, r.title, r."of", r.published, r.evidence, a.outlet, r.article_id
    FROM entity_roles r
    JOIN mentions m ON m.article_id = r.article_id AND m.pid = r.pid
    JOIN entities e ON e.entity_id = m.entity_id
    JOIN articles a ON a.id = r.article_id;
    """,
    # 3: full-text index over every written form of a person's name, rebuilt by each resolve (people search)
    """
    CREATE VIRTUAL TABLE entity_names_fts USING fts5(name, content='entity_names', content_rowid='rowid');
    INSERT INTO entity_names_fts(entity_names_fts) VALUES ('rebuild');
    """,
    # 4: a speaker's quotes in date order straight from an index (the person page of a much-quoted person)
    """
    ALTER TABLE quote_speakers ADD COLUMN published TEXT;
    UPDATE quote_speakers SET published = (SELECT published FROM articles a WHERE a.id = quote_speakers.article_id);
    CREATE INDEX quote_speakers_entity_published ON quote_speakers(entity_id, published);
    """,
    # 5: summaries the pages read, rewritten by each resolve (resolve/summaries.py): aggregates over thousands of
    # rows for a much-reported person or the whole store, too slow to recompute on every visit
    """
    CREATE TABLE role_summary (         -- roles over time: one row per person and distinct title
        entity_id INTEGER NOT NULL, title TEXT NOT NULL, "of" TEXT, first TEXT, last TEXT,
        articles INTEGER NOT NULL, outlets TEXT, evidence TEXT, article_id TEXT
    );
    CREATE INDEX role_summary_entity ON role_summary(entity_id);
    CREATE TABLE source_summary (       -- sourcing chains of a person's quotes
        entity_id INTEGER NOT NULL, addressee TEXT, medium TEXT, reported_by TEXT, syndicated_from TEXT,
        stories INTEGER NOT NULL, outlets TEXT
    );
    CREATE INDEX source_summary_entity ON source_summary(entity_id);
    CREATE TABLE contradiction_summary (  -- pairs with contact claims both asserted and denied
        a_entity INTEGER NOT NULL, b_entity INTEGER NOT NULL, a TEXT, b TEXT,
        asserted_stories INTEGER NOT NULL, denied_stories INTEGER NOT NULL,
        asserted TEXT NOT NULL, denied TEXT NOT NULL   -- JSON lists of claims, each with its evidence
    );
    CREATE INDEX contradiction_summary_a ON contradiction_summary(a_entity);
    CREATE INDEX contradiction_summary_b ON contradiction_summary(b_entity);
    CREATE TABLE cluster_summary (      -- syndication clusters with more than one copy
        cluster_id TEXT PRIMARY KEY, copies INTEGER NOT NULL, outlets TEXT, title TEXT, published TEXT
    );
    CREATE TABLE counterpart_summary (  -- a person's contacts per counterpart: stories by polarity, outlets, dates
        entity_id INTEGER NOT NULL, with_id INTEGER, with_name TEXT, stories INTEGER NOT NULL,
        asserted INTEGER NOT NULL, denied INTEGER NOT NULL, hedged INTEGER NOT NULL, outlets TEXT, first TEXT,
        last TEXT
    );
    CREATE INDEX counterpart_summary_entity ON counterpart_summary(entity_id);
    CREATE TABLE organization_summary (  -- one row per organisation name and kind, for search
        name TEXT NOT NULL, kind TEXT, articles INTEGER NOT NULL
    );
    ALTER TABLE entities ADD COLUMN n_quotes INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE entities ADD COLUMN n_contacts INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX entities_most_reported ON entities(n_articles DESC, name);
    CREATE TABLE chain_summary (        -- store-wide: through whom quotes reached the page
        reported_by TEXT, medium TEXT, quotes INTEGER NOT NULL, speakers INTEGER NOT NULL
    );
    """,
]
