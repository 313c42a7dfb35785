-- vnqa index database (one per index version folder: <index>/versions/<name>/index.sqlite).
-- Offsets (start, end) are character offsets into documents.text.
PRAGMA foreign_keys = ON;

CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY,          -- stable id derived from the file name (slug)
    path TEXT NOT NULL,               -- as indexed, relative to the working directory when possible
    document TEXT NOT NULL,           -- shown to clients: relative to the indexed root ("corpus/x.txt")
    sha256 TEXT NOT NULL,             -- of the file bytes; unchanged files are not re-processed
    format TEXT NOT NULL,
    encoding TEXT,
    text TEXT NOT NULL,               -- the document text every offset points into
    page_starts TEXT NOT NULL,        -- JSON list of page start offsets
    doc_type TEXT,
    number TEXT,
    date TEXT,
    place TEXT,
    issuer TEXT,
    title TEXT,
    signer TEXT,
    signer_position TEXT,
    recipients TEXT NOT NULL,         -- JSON list
    warnings TEXT NOT NULL            -- JSON list
);

CREATE TABLE sections (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    parent INTEGER,
    level INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    title TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE tables (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    section INTEGER NOT NULL,
    caption TEXT NOT NULL,
    header TEXT NOT NULL,             -- JSON list of column headers
    rows TEXT NOT NULL,               -- JSON list of {"cells": [...], "start": s, "end": e}
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    format TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE footnotes (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    anchor_start INTEGER NOT NULL,
    anchor_end INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);

CREATE TABLE passages (
    id INTEGER PRIMARY KEY,           -- also the FAISS id
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    section INTEGER NOT NULL,
    section_path TEXT NOT NULL,
    kind TEXT NOT NULL,               -- "text", "table_row", "footnote"
    text TEXT NOT NULL,               -- clean text for matching and embedding
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    page INTEGER NOT NULL,
    text_hash TEXT NOT NULL           -- sha256 of text: the embedding cache key
);
CREATE INDEX passages_doc ON passages(doc_id);

CREATE TABLE citations (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    passage_id INTEGER,
    key TEXT NOT NULL,
    number TEXT NOT NULL,
    doc_type TEXT,
    type_code TEXT,
    issuer_code TEXT,
    year INTEGER,
    date TEXT,
    issuer TEXT,
    subject TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX citations_key ON citations(key);
CREATE INDEX citations_number ON citations(number);

CREATE TABLE figures (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    passage_id INTEGER,
    value REAL NOT NULL,
    raw TEXT NOT NULL,
    unit TEXT,
    kind TEXT NOT NULL,
    indicator TEXT,
    period TEXT,
    locality TEXT,
    denominator REAL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);

CREATE TABLE targets (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    passage_id INTEGER,
    indicator TEXT NOT NULL,
    indicator_key TEXT NOT NULL,
    comparator TEXT NOT NULL,
    value REAL,
    raw TEXT NOT NULL,
    unit TEXT,
    year INTEGER,
    deadline TEXT,
    locality TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX targets_key ON targets(indicator_key);

-- Evidence units (sentences, clause runs of long sentences, table rows) made at index time, so
-- that opening an index does not clean and split every document again (indexer/units.py).
CREATE TABLE units (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- order of the unit in its document
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,               -- clean text (markup removed)
    kind TEXT NOT NULL,               -- "text" or "row"
    section TEXT NOT NULL,
    cells TEXT NOT NULL,              -- JSON list of a row's cells
    folded TEXT NOT NULL,             -- matching forms (indexer/matching.py)
    toned TEXT NOT NULL,
    context_key TEXT NOT NULL,
    context_toned TEXT NOT NULL,
    context_folded TEXT NOT NULL,
    heading TEXT NOT NULL,
    heading_start INTEGER,
    heading_end INTEGER,
    heading_title TEXT NOT NULL,
    terms TEXT NOT NULL,              -- content words, space-separated
    context_terms TEXT NOT NULL,
    tterms TEXT NOT NULL,
    tcontext_terms TEXT NOT NULL,
    PRIMARY KEY (doc_id, position)
);

-- Postings of the unit terms, made when a version is committed so that opening an index reads
-- them instead of building them. A unit's ordinal is its rank in (doc_id, position) order.
CREATE TABLE unit_terms (
    toned INTEGER NOT NULL,           -- 0: folded matching form, 1: toned
    term TEXT NOT NULL,
    direct BLOB NOT NULL,             -- little-endian int32 ordinals of units whose text has it
    context BLOB NOT NULL,            -- ... of units whose context has it and whose text has not
    PRIMARY KEY (toned, term)
) WITHOUT ROWID;

-- Each document's text folded for place-name search (indexer.normalize.plain_key).
CREATE TABLE document_plain (
    doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE,
    plain TEXT NOT NULL
);
