"""The sandbox's SQLite schema, as an ordered list of migrations (``PRAGMA user_version``).

Migration N brings a database from version N-1 to N; a database is never migrated backwards.
Timestamps are ISO-8601 UTC text with milliseconds and ``Z`` (they sort as text); scheduling
times (``next_step_at``, ``next_try_at``) are epoch seconds.

List endpoints stay flat with 100,000 rows: each list has an index that serves its default
filter and ordering (``is_test``, ``record_status``, ``sent_at``), each exact-match filter an
index led by that column then the same keys (so it filters and orders without a sort), and
``list_counts`` keeps the unfiltered totals up to date through triggers so
``meta.totalCount`` needs no scan.
"""

from __future__ import annotations

from typing import Final

_V1: Final = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE documents (
    sha256 TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    pages INTEGER NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE fax_numbers (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    client_id TEXT REFERENCES clients(id),
    callback_url TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX fax_numbers_client ON fax_numbers(client_id);

CREATE TABLE sent_faxes (
    seq INTEGER PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    is_test INTEGER NOT NULL,
    record_status TEXT NOT NULL,
    sent_status TEXT NOT NULL,
    from_number TEXT NOT NULL,
    to_number TEXT NOT NULL,
    patient_name TEXT,
    patient_dob TEXT,
    note TEXT,
    sender_name TEXT,
    recipient_name TEXT,
    document_type TEXT NOT NULL,
    callback_url TEXT,
    document_sha TEXT NOT NULL REFERENCES documents(sha256),
    transmitted_sha TEXT REFERENCES documents(sha256),
    num_pages INTEGER NOT NULL,
    access_code TEXT NOT NULL,
    view_count INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT NOT NULL,
    completed_at TEXT,
    expiry TEXT NOT NULL,
    error_details TEXT,
    attempts TEXT NOT NULL DEFAULT '[]',
    next_step_at REAL,
    forwarded_from TEXT
);
CREATE INDEX sent_list ON sent_faxes(is_test, record_status, sent_at, seq);
CREATE INDEX sent_due ON sent_faxes(next_step_at) WHERE next_step_at IS NOT NULL;
CREATE INDEX sent_from ON sent_faxes(from_number, is_test, record_status, sent_at, seq);
CREATE INDEX sent_to ON sent_faxes(to_number, is_test, record_status, sent_at, seq);
CREATE INDEX sent_dob ON sent_faxes(patient_dob, is_test, record_status, sent_at, seq);
CREATE UNIQUE INDEX sent_access ON sent_faxes(access_code);

CREATE TABLE received_faxes (
    seq INTEGER PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    is_test INTEGER NOT NULL,
    fax_status TEXT NOT NULL,
    from_number TEXT,
    to_number TEXT NOT NULL,
    caller_name TEXT,
    number_id TEXT NOT NULL,
    client_id TEXT,
    document_sha TEXT NOT NULL REFERENCES documents(sha256),
    num_pages INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    completed_at TEXT,
    error_details TEXT,
    callback_status TEXT NOT NULL,
    document_classification TEXT,
    patient_name TEXT,
    patient_dob TEXT,
    gender TEXT,
    phone_number TEXT,
    summary TEXT
);
CREATE INDEX received_list ON received_faxes(is_test, sent_at, seq);
CREATE INDEX received_to ON received_faxes(to_number, is_test, sent_at, seq);
CREATE INDEX received_from ON received_faxes(from_number, is_test, sent_at, seq);
CREATE INDEX received_client ON received_faxes(client_id, is_test, sent_at, seq);
CREATE INDEX received_callback ON received_faxes(callback_status, is_test, sent_at, seq);

CREATE TABLE emails (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    is_test INTEGER NOT NULL,
    record_status TEXT NOT NULL,
    email_status TEXT NOT NULL,
    recipient_email TEXT NOT NULL,
    recipient_name TEXT,
    sender_name TEXT NOT NULL,
    reply_to_email TEXT,
    patient_name TEXT,
    patient_dob TEXT,
    subject TEXT,
    note TEXT,
    callback_url TEXT,
    document_sha TEXT NOT NULL REFERENCES documents(sha256),
    access_code TEXT NOT NULL,
    view_count INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT NOT NULL,
    completed_at TEXT,
    expiry TEXT NOT NULL,
    last_viewed_at TEXT,
    error TEXT,
    next_step_at REAL
);
CREATE INDEX emails_due ON emails(next_step_at) WHERE next_step_at IS NOT NULL;
CREATE UNIQUE INDEX emails_access ON emails(access_code);

CREATE TABLE ai_jobs (
    token TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    document_sha TEXT NOT NULL REFERENCES documents(sha256),
    callback_url TEXT,
    created_at TEXT NOT NULL,
    completed_at TEXT,
    result TEXT,
    next_step_at REAL
);
CREATE INDEX ai_due ON ai_jobs(next_step_at) WHERE next_step_at IS NOT NULL;

CREATE TABLE callbacks (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    token TEXT NOT NULL,
    completed_at TEXT,
    url TEXT,
    payload TEXT NOT NULL,
    file_sha TEXT REFERENCES documents(sha256),
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at REAL,
    last_error TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX callbacks_due ON callbacks(next_try_at) WHERE status = 'pending';
CREATE INDEX callbacks_token ON callbacks(token);

CREATE TABLE list_counts (
    tbl TEXT NOT NULL,
    is_test INTEGER NOT NULL,
    record_status TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (tbl, is_test, record_status)
);

CREATE TRIGGER sent_count_insert AFTER INSERT ON sent_faxes BEGIN
    INSERT INTO list_counts VALUES ('sent', NEW.is_test, NEW.record_status, 1)
    ON CONFLICT (tbl, is_test, record_status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER sent_count_delete AFTER DELETE ON sent_faxes BEGIN
    UPDATE list_counts SET n = n - 1
    WHERE tbl = 'sent' AND is_test = OLD.is_test AND record_status = OLD.record_status;
END;
CREATE TRIGGER sent_count_update AFTER UPDATE OF is_test, record_status ON sent_faxes BEGIN
    UPDATE list_counts SET n = n - 1
    WHERE tbl = 'sent' AND is_test = OLD.is_test AND record_status = OLD.record_status;
    INSERT INTO list_counts VALUES ('sent', NEW.is_test, NEW.record_status, 1)
    ON CONFLICT (tbl, is_test, record_status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER received_count_insert AFTER INSERT ON received_faxes BEGIN
    INSERT INTO list_counts VALUES ('received', NEW.is_test, '', 1)
    ON CONFLICT (tbl, is_test, record_status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER received_count_delete AFTER DELETE ON received_faxes BEGIN
    UPDATE list_counts SET n = n - 1
    WHERE tbl = 'received' AND is_test = OLD.is_test AND record_status = '';
END;
"""

#: MIGRATIONS[i] brings the schema from version i to i + 1.
MIGRATIONS: Final[tuple[str, ...]] = (_V1,)
SCHEMA_VERSION: Final = len(MIGRATIONS)
