/// The store's schema, as versioned migrations: GRDB's migrator applies them to SQLite, `PostgresDatabase` the same
/// list to PostgreSQL. A new column or table is a new migration at the end; a landed one never changes.
package enum Schema {
    package static let migrations: [Migration] = [
        Migration(name: "v1-documents-reports-learners-claims-queue") { d in [
            // A document is its bytes: one row per content hash, whatever it was called and however often claimed.
            """
            CREATE TABLE documents (
              sha256 TEXT NOT NULL PRIMARY KEY,
              name TEXT NOT NULL,
              size \(d.bigint) NOT NULL,
              path TEXT,
              bytes \(d.blob),
              added_at \(d.double) NOT NULL)
            """,
            "CREATE TABLE learners (id TEXT NOT NULL PRIMARY KEY, name TEXT, unit TEXT)",
            """
            CREATE TABLE batches (
              id TEXT NOT NULL PRIMARY KEY,
              source TEXT NOT NULL,
              versions TEXT NOT NULL,
              total \(d.bigint) NOT NULL,
              created_at \(d.double) NOT NULL)
            """,
            // A claim is one manifest row: a learner says this document earns these hours in this year.
            """
            CREATE TABLE claims (
              id \(d.serial),
              batch_id TEXT NOT NULL REFERENCES batches(id),
              row_number \(d.bigint) NOT NULL,
              learner_id TEXT NOT NULL REFERENCES learners(id),
              year \(d.bigint),
              claimed_mode TEXT,
              claimed_hours \(d.double),
              sha256 TEXT REFERENCES documents(sha256),
              name TEXT NOT NULL,
              problem TEXT,
              UNIQUE (batch_id, row_number))
            """,
            "CREATE INDEX claims_learner ON claims (learner_id, year)",
            "CREATE INDEX claims_sha256 ON claims (sha256)",
            // Every report kept, one per document and versions: the newest is current, older ones show what changed.
            """
            CREATE TABLE reports (
              id \(d.serial),
              sha256 TEXT NOT NULL REFERENCES documents(sha256),
              versions TEXT NOT NULL,
              reader TEXT NOT NULL,
              extractors TEXT NOT NULL,
              policies TEXT NOT NULL,
              report_json TEXT NOT NULL,
              evidence_json TEXT,
              mode TEXT NOT NULL,
              kind TEXT NOT NULL,
              hours \(d.double),
              proposed_hours \(d.double),
              subject TEXT,
              policy TEXT,
              activity_date TEXT,
              year \(d.bigint),
              issuer TEXT,
              holder TEXT,
              certificate_number TEXT,
              text_key TEXT,
              is_evidence \(d.bigint) NOT NULL,
              confidence \(d.double) NOT NULL,
              flags TEXT NOT NULL,
              error_code TEXT,
              worker TEXT,
              created_at \(d.double) NOT NULL,
              UNIQUE (sha256, versions))
            """,
            "CREATE INDEX reports_text_key ON reports (text_key)",
            "CREATE INDEX reports_certificate ON reports (certificate_number)",
            "CREATE INDEX reports_mode_year ON reports (mode, year)",
            "CREATE INDEX reports_versions ON reports (versions)",
            """
            CREATE TABLE report_flags (
              report_id \(d.bigint) NOT NULL REFERENCES reports(id),
              code TEXT NOT NULL,
              PRIMARY KEY (report_id, code))
            """,
            "CREATE INDEX report_flags_code ON report_flags (code)",
            // The work queue: one row per document to read. A worker's claim holds until lease_until.
            """
            CREATE TABLE queue (
              sha256 TEXT NOT NULL PRIMARY KEY REFERENCES documents(sha256),
              versions TEXT NOT NULL,
              state TEXT NOT NULL,
              worker TEXT,
              lease_until \(d.double),
              attempts \(d.bigint) NOT NULL,
              enqueued_at \(d.double) NOT NULL,
              done_at \(d.double))
            """,
            "CREATE INDEX queue_state ON queue (state, lease_until)",
            // A reviewer's decisions, never updated: each row is one change, with what it was and why.
            """
            CREATE TABLE decisions (
              id \(d.serial),
              sha256 TEXT NOT NULL REFERENCES documents(sha256),
              report_id \(d.bigint) REFERENCES reports(id),
              reviewer TEXT NOT NULL,
              at \(d.double) NOT NULL,
              field TEXT NOT NULL,
              before_value TEXT,
              after_value TEXT,
              reason TEXT NOT NULL)
            """,
            "CREATE INDEX decisions_sha256 ON decisions (sha256)",
        ] },
        // The web service: accounts, sessions (token hashes only) and uploads, each upload with its own report.
        Migration(name: "v2-accounts-sessions-uploads") { d in [
            """
            CREATE TABLE accounts (
              username TEXT NOT NULL PRIMARY KEY,
              role TEXT NOT NULL,
              unit TEXT,
              password_hash TEXT NOT NULL,
              created_at \(d.double) NOT NULL)
            """,
            """
            CREATE TABLE sessions (
              token_hash TEXT NOT NULL PRIMARY KEY,
              username TEXT NOT NULL REFERENCES accounts(username),
              csrf TEXT NOT NULL,
              created_at \(d.double) NOT NULL,
              expires_at \(d.double) NOT NULL)
            """,
            """
            CREATE TABLE uploads (
              id TEXT NOT NULL PRIMARY KEY,
              account TEXT NOT NULL REFERENCES accounts(username),
              unit TEXT,
              sha256 TEXT NOT NULL REFERENCES documents(sha256),
              name TEXT NOT NULL,
              status TEXT NOT NULL,
              created_at \(d.double) NOT NULL,
              filed_at \(d.double),
              year \(d.bigint),
              report_json TEXT NOT NULL,
              decision_json TEXT)
            """,
            "CREATE INDEX uploads_account ON uploads (account, created_at)",
            "CREATE INDEX uploads_unit_status ON uploads (unit, status)",
            "CREATE INDEX uploads_sha256 ON uploads (sha256)",
        ] },
        // Annual declarations: one a learner a year (the unique key), the whole declaration as JSON beside the
        // columns listings filter on.
        Migration(name: "v3-declarations") { d in [
            """
            CREATE TABLE declarations (
              id TEXT NOT NULL PRIMARY KEY,
              account TEXT NOT NULL REFERENCES accounts(username),
              unit TEXT,
              year \(d.bigint) NOT NULL,
              state TEXT NOT NULL,
              declaration_json TEXT NOT NULL,
              updated_at \(d.double) NOT NULL,
              UNIQUE (account, year))
            """,
            "CREATE INDEX declarations_unit_year ON declarations (unit, year)",
        ] },
    ]
}
