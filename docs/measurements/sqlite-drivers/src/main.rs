//! How long the confirm's statements hold SQLite's single writer, per driver: sqlx Any, sqlx
//! SqliteConnection, rusqlite. The same schema, rows and statements as merge-api's confirm.
use std::time::Instant;

const PAIRS: usize = 640;
const SCHEMA: &str = "
PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
CREATE TABLE accounts (mpn_id TEXT PRIMARY KEY, company TEXT NOT NULL, snapshot TEXT NOT NULL, version BIGINT NOT NULL DEFAULT 1, merged_into TEXT REFERENCES accounts(mpn_id));
CREATE INDEX accounts_by_merged_into ON accounts(merged_into);
CREATE TABLE users (email TEXT PRIMARY KEY, account TEXT NOT NULL REFERENCES accounts(mpn_id), subject TEXT, lang TEXT);
CREATE INDEX users_by_account ON users(account);
CREATE TABLE merge_requests (id INTEGER PRIMARY KEY, initiator TEXT NOT NULL REFERENCES accounts(mpn_id), invitee TEXT NOT NULL REFERENCES accounts(mpn_id), state TEXT NOT NULL, reason TEXT, created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, accepted_by TEXT, accepted_at TEXT, closed_by TEXT, deal TEXT, rights_reading TEXT);
CREATE TABLE open_merges (account TEXT PRIMARY KEY REFERENCES accounts(mpn_id), request_id BIGINT NOT NULL REFERENCES merge_requests(id));
CREATE INDEX open_merges_by_request ON open_merges(request_id);
CREATE TABLE history (id INTEGER PRIMARY KEY, request_id BIGINT NOT NULL REFERENCES merge_requests(id), account TEXT NOT NULL REFERENCES accounts(mpn_id), event TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, detail TEXT);
CREATE INDEX history_by_account ON history(account, id);
CREATE TABLE previews (request_id BIGINT NOT NULL REFERENCES merge_requests(id), fingerprint TEXT NOT NULL, plan TEXT NOT NULL, shown_at TEXT NOT NULL, PRIMARY KEY (request_id, fingerprint));
CREATE TABLE location_ids (mpn_id TEXT PRIMARY KEY, account TEXT NOT NULL REFERENCES accounts(mpn_id));
CREATE INDEX location_ids_by_account ON location_ids(account);
CREATE TABLE outbox (id TEXT PRIMARY KEY, recipient TEXT NOT NULL, request_id BIGINT NOT NULL, facts TEXT NOT NULL);
";

fn snapshot(i: usize, side: usize) -> String {
    format!(
        "{{\"format_version\":1,\"company\":\"Company {i}-{side}\",\"global_mpn_id\":\"{}\",{}}}",
        mpn(i, side),
        "\"x\":\"".to_string() + &"y".repeat(1400) + "\""
    )
}
fn mpn(i: usize, side: usize) -> String {
    (60_000_000 + i * 10 + side * 4).to_string()
}

/// (sql, params) of one confirm of pair i, in order.
fn statements(i: usize) -> Vec<(&'static str, Vec<String>)> {
    let (a, b) = (mpn(i, 0), mpn(i, 1));
    let admin = format!("admin@c{i}s0.example");
    let now = "2026-12-06T20:00:00.000Z".to_string();
    let id = (i + 1).to_string();
    let big = "p".repeat(3000);
    vec![
        ("SELECT account, subject FROM users WHERE email = ?1", vec![admin.clone()]),
        ("SELECT r.id, r.initiator, a.company, r.invitee, b.company, r.state, r.reason, r.created_by, r.created_at, r.updated_at, r.accepted_by, r.accepted_at, r.closed_by, r.deal FROM merge_requests r JOIN accounts a ON a.mpn_id = r.initiator JOIN accounts b ON b.mpn_id = r.invitee WHERE r.id = ?1", vec![id.clone()]),
        ("SELECT snapshot, version FROM accounts WHERE mpn_id = ?1", vec![a.clone()]),
        ("SELECT snapshot FROM accounts WHERE merged_into = ?1", vec![a.clone()]),
        ("SELECT snapshot, version FROM accounts WHERE mpn_id = ?1", vec![b.clone()]),
        ("UPDATE accounts SET snapshot = ?2, company = ?3, version = version + 1, merged_into = ?4 WHERE mpn_id = ?1", vec![b.clone(), snapshot(i, 1), "C".into(), a.clone()]),
        ("UPDATE accounts SET snapshot = ?2, company = ?3, version = version + 1, merged_into = NULL WHERE mpn_id = ?1", vec![a.clone(), snapshot(i, 0) + &snapshot(i, 1), "C".into()]),
        ("DELETE FROM location_ids WHERE account IN (?1, ?2)", vec![a.clone(), b.clone()]),
        ("INSERT INTO location_ids (mpn_id, account) VALUES (?2, ?1), (?3, ?1), (?4, ?1) ON CONFLICT (mpn_id) DO UPDATE SET account = excluded.account", vec![a.clone(), format!("{a}1"), b.clone(), format!("{b}1")]),
        ("UPDATE users SET account = ?1 WHERE account = ?2", vec![a.clone(), b.clone()]),
        ("INSERT INTO previews (request_id, fingerprint, plan, shown_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING", vec![id.clone(), "f".repeat(64), big, now.clone()]),
        ("UPDATE merge_requests SET state = 'completed', updated_at = ?2, closed_by = ?3, rights_reading = 'own_tenants' WHERE id = ?1 RETURNING state, reason, updated_at, accepted_by, accepted_at, closed_by", vec![id.clone(), now.clone(), admin.clone()]),
        ("DELETE FROM open_merges WHERE request_id = ?1", vec![id.clone()]),
        ("INSERT INTO history (request_id, account, event, actor, at, detail) VALUES (?1, ?2, 'completed', ?4, ?5, ?6), (?1, ?3, 'completed', ?4, ?5, ?6)", vec![id.clone(), a.clone(), b.clone(), admin.clone(), now.clone(), "f".repeat(64)]),
        ("SELECT email, account, lang FROM users WHERE account IN (?1, ?2)", vec![a.clone(), b.clone()]),
        ("INSERT INTO outbox (id, recipient, request_id, facts) VALUES (?1, ?2, ?3, ?4), (?5, ?6, ?3, ?4)", vec![format!("m{i}a"), admin.clone(), id.clone(), "z".repeat(600), format!("m{i}b"), format!("admin@c{i}s1.example")]),
    ]
}

fn seed(path: &str) {
    let _ = std::fs::remove_file(path);
    let _ = std::fs::remove_file(format!("{path}-wal"));
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch(SCHEMA).unwrap();
    let tx = c.unchecked_transaction().unwrap();
    for i in 0..PAIRS {
        for side in 0..2 {
            tx.execute(
                "INSERT INTO accounts (mpn_id, company, snapshot) VALUES (?1, ?2, ?3)",
                (mpn(i, side), format!("C{i}"), snapshot(i, side)),
            )
            .unwrap();
            tx.execute(
                "INSERT INTO users (email, account) VALUES (?1, ?2)",
                (format!("admin@c{i}s{side}.example"), mpn(i, side)),
            )
            .unwrap();
            tx.execute(
                "INSERT INTO location_ids (mpn_id, account) VALUES (?1, ?2)",
                (format!("{}1", mpn(i, side)), mpn(i, side)),
            )
            .unwrap();
        }
        tx.execute("INSERT INTO merge_requests (id, initiator, invitee, state, created_by, created_at, updated_at) VALUES (?1, ?2, ?3, 'accepted', 'x', 'now', 'now')", ((i + 1) as i64, mpn(i, 0), mpn(i, 1))).unwrap();
        tx.execute(
            "INSERT INTO open_merges VALUES (?1, ?2), (?3, ?2)",
            (mpn(i, 0), (i + 1) as i64, mpn(i, 1)),
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

fn report(name: &str, mut times: Vec<f64>) {
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let total: f64 = times.iter().sum();
    println!(
        "{name:<24} per confirm: median {:.3} ms, p99 {:.3} ms; {:.0} confirms/s one after another",
        times[times.len() / 2],
        times[times.len() * 99 / 100],
        times.len() as f64 / (total / 1000.0)
    );
}

fn rusqlite_run(path: &str) -> Vec<f64> {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
        .unwrap();
    let mut times = Vec::new();
    for i in 0..PAIRS {
        let start = Instant::now();
        c.execute_batch("BEGIN IMMEDIATE").unwrap();
        for (sql, params) in statements(i) {
            let mut st = c.prepare_cached(sql).unwrap();
            let mut rows = st.query(rusqlite::params_from_iter(params.iter())).unwrap();
            while let Some(row) = rows.next().unwrap() {
                for k in 0..row.as_ref().column_count() {
                    let _v: rusqlite::types::Value = row.get(k).unwrap();
                }
            }
        }
        c.execute_batch("COMMIT").unwrap();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times
}

async fn sqlx_any_run(path: &str) -> Vec<f64> {
    use sqlx::{Connection, Executor, Row};
    sqlx::any::install_default_drivers();
    let mut c = sqlx::AnyConnection::connect(&format!("sqlite://{path}"))
        .await
        .unwrap();
    c.execute("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
        .await
        .unwrap();
    let mut times = Vec::new();
    for i in 0..PAIRS {
        let start = Instant::now();
        let mut tx: sqlx::Transaction<'_, sqlx::Any> = sqlx::Transaction::begin(
            &mut c,
            Some(sqlx::SqlSafeStr::into_sql_str("BEGIN IMMEDIATE")),
        )
        .await
        .unwrap();
        for (sql, params) in statements(i) {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for p in params {
                q = q.bind(p);
            }
            let rows: Vec<sqlx::any::AnyRow> = q.fetch_all(&mut *tx).await.unwrap();
            for row in rows {
                for k in 0..row.len() {
                    let _v: Option<String> = row.try_get(k).ok();
                }
            }
        }
        tx.commit().await.unwrap();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times
}

async fn sqlx_sqlite_run(path: &str) -> Vec<f64> {
    use sqlx::{Connection, Executor, Row};
    let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{path}"))
        .await
        .unwrap();
    c.execute("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
        .await
        .unwrap();
    let mut times = Vec::new();
    for i in 0..PAIRS {
        let start = Instant::now();
        let mut tx: sqlx::Transaction<'_, sqlx::Sqlite> = sqlx::Transaction::begin(
            &mut c,
            Some(sqlx::SqlSafeStr::into_sql_str("BEGIN IMMEDIATE")),
        )
        .await
        .unwrap();
        for (sql, params) in statements(i) {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for p in params {
                q = q.bind(p);
            }
            let rows: Vec<sqlx::sqlite::SqliteRow> = q.fetch_all(&mut *tx).await.unwrap();
            for row in rows {
                for k in 0..row.len() {
                    let _v: Option<String> = row.try_get(k).ok();
                }
            }
        }
        tx.commit().await.unwrap();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    times
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let path = "/tmp/sqlbench.db";
    for round in 0..3 {
        println!("round {round}");
        seed(path);
        report("sqlx Any", rt.block_on(sqlx_any_run(path)));
        seed(path);
        report("sqlx SqliteConnection", rt.block_on(sqlx_sqlite_run(path)));
        seed(path);
        report("rusqlite", rusqlite_run(path));
    }
}
