//! The schema, by sqlx's migrator: `migrations/sqlite` and `migrations/postgres` in the repo,
//! embedded at build time, applied on start (on PostgreSQL under an advisory lock, so replicas
//! starting together migrate once).

use sqlx::migrate::Migrator;
use sqlx::AnyConnection;

use super::Backend;
use crate::error::ApiError;

static SQLITE: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES: Migrator = sqlx::migrate!("migrations/postgres");

pub(super) async fn run(conn: &mut AnyConnection, backend: Backend) -> Result<(), ApiError> {
    match backend {
        Backend::Sqlite => {
            adopt_counted_migrations(conn).await?;
            SQLITE.run(conn).await?;
        }
        Backend::Postgres => POSTGRES.run(conn).await?,
    }
    Ok(())
}

/// SQLite files made before the API moved to sqlx counted their migrations in `user_version`
/// (the same files as `migrations/sqlite/001`-`003`): those are recorded as applied, not run
/// again.
async fn adopt_counted_migrations(conn: &mut AnyConnection) -> Result<(), ApiError> {
    let counted: i64 = sqlx::query_scalar("PRAGMA user_version")
        .fetch_one(&mut *conn)
        .await?;
    let recorded: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_one(&mut *conn)
    .await?;
    if counted > 0 && recorded == 0 {
        SQLITE.skip(conn, Some(counted)).await?;
        tracing::info!(
            migrations = counted,
            "recorded the migrations this database had as applied"
        );
    }
    Ok(())
}

/// The versions of the migrations this server was built with, which its queries need.
pub(super) fn versions(backend: Backend) -> impl Iterator<Item = i64> {
    let migrator = match backend {
        Backend::Sqlite => &SQLITE,
        Backend::Postgres => &POSTGRES,
    };
    migrator
        .iter()
        .filter(|m| m.migration_type.is_up_migration())
        .map(|m| m.version)
}
