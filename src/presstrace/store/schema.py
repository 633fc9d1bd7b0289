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
]
