//! Where the data lives: an SQLite file (the default: nothing to install) or a PostgreSQL
//! database, which several API replicas can share.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use url::Url;

#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// A file, created (readable by its owner only) and migrated on start.
    Sqlite(PathBuf),
    /// A `postgres://` (or `postgresql://`) URL; the database must exist, its tables are made
    /// and migrated on start.
    Postgres(Url),
}

impl Database {
    pub fn sqlite(path: impl Into<PathBuf>) -> Self {
        Self::Sqlite(path.into())
    }

    /// The URL sqlx connects with.
    pub(crate) fn url(&self) -> Result<String, String> {
        match self {
            Self::Postgres(url) => Ok(url.to_string()),
            Self::Sqlite(path) => {
                let path = path
                    .to_str()
                    .ok_or_else(|| format!("{} is not a UTF-8 path", path.display()))?;
                // The driver reads `?` and `#` as the end of the file name, and %-decodes it.
                let path = path
                    .replace('%', "%25")
                    .replace('?', "%3F")
                    .replace('#', "%23");
                Ok(format!("sqlite://{path}?mode=rwc"))
            }
        }
    }

    pub fn sqlite_file(&self) -> Option<&Path> {
        match self {
            Self::Sqlite(path) => Some(path),
            Self::Postgres(_) => None,
        }
    }
}

impl FromStr for Database {
    type Err = String;

    /// A `postgres://` URL, or an SQLite file (a path, or `sqlite://path`).
    fn from_str(text: &str) -> Result<Self, String> {
        let scheme = text.split_once("://").map(|(scheme, _)| scheme);
        match scheme {
            Some("postgres" | "postgresql") => Url::parse(text).map(Self::Postgres).map_err(|e| {
                format!("not a PostgreSQL URL ({e}): postgres://user:password@host/database")
            }),
            Some("sqlite") => Ok(Self::Sqlite(text["sqlite://".len()..].into())),
            Some(other) if !other.contains(['/', '\\']) => Err(format!(
                "{other}:// is not a database this server uses: give an SQLite file's path or a \
                 postgres:// URL"
            )),
            _ if text.is_empty() => Err("give an SQLite file's path or a postgres:// URL".into()),
            _ => Ok(Self::Sqlite(text.into())),
        }
    }
}

/// Never shows a password: the server prints where its data is.
impl fmt::Display for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Sqlite(path) => write!(f, "{}", path.display()),
            Self::Postgres(url) => {
                let mut shown = url.clone();
                if shown.password().is_some() {
                    let _ = shown.set_password(Some("***"));
                }
                let query: Vec<(String, String)> = shown
                    .query_pairs()
                    .map(|(k, v)| match &*k {
                        "password" => (k.into_owned(), "***".to_string()),
                        _ => (k.into_owned(), v.into_owned()),
                    })
                    .collect();
                if !query.is_empty() {
                    shown.query_pairs_mut().clear().extend_pairs(query);
                }
                write!(f, "{shown}")
            }
        }
    }
}

impl fmt::Debug for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_or_sqlite_url_is_a_file_and_postgres_urls_are_postgres() {
        let file: Database = "data/partner-merge.sqlite".parse().unwrap();
        assert_eq!(file, Database::sqlite("data/partner-merge.sqlite"));
        let file: Database = "sqlite:///var/lib/pm.sqlite".parse().unwrap();
        assert_eq!(file, Database::sqlite("/var/lib/pm.sqlite"));
        let pg: Database = "postgresql://pm@db.internal:5432/merge".parse().unwrap();
        assert!(matches!(pg, Database::Postgres(_)));
        let error = "mysql://db/merge".parse::<Database>().unwrap_err();
        assert!(error.contains("mysql:// is not a database"), "{error}");
        assert!("".parse::<Database>().is_err());
    }

    #[test]
    fn the_shown_url_hides_passwords() {
        let pg: Database = "postgres://pm:s3cret@db/merge?sslmode=require&password=other"
            .parse()
            .unwrap();
        let shown = pg.to_string();
        assert!(
            !shown.contains("s3cret") && !shown.contains("other"),
            "{shown}"
        );
        assert!(shown.contains("pm:***@db/merge") && shown.contains("sslmode=require"));
        assert!(
            pg.url().unwrap().contains("s3cret"),
            "the URL sqlx gets keeps it"
        );
    }

    #[test]
    fn file_names_with_url_characters_reach_the_driver_whole() {
        let url = Database::sqlite("/tmp/a?b#c%d.sqlite").url().unwrap();
        assert_eq!(url, "sqlite:///tmp/a%3Fb%23c%25d.sqlite?mode=rwc");
    }
}
