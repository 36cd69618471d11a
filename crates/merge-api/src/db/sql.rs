//! The storage layer's statements, each written once with `$1, $2, …` placeholders (both
//! databases read them) and run on a step's connection: by rusqlite on SQLite, on the calling
//! thread, and by sqlx on PostgreSQL. Rows are read by column name into serde types (a tuple
//! reads the columns in order), the same on both.

use std::borrow::Cow;
use std::marker::PhantomData;
use std::sync::Arc;

use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{DeserializeOwned, IntoDeserializer};
use serde::Deserializer;
use serde_json::Value;
use sqlx::{AssertSqlSafe, Column, Row, ValueRef};

use super::{Conn, DbError};

/// A statement's parameter, typed also when it is NULL (PostgreSQL infers a column's type from it).
#[derive(Debug, Clone)]
pub enum Param {
    Int(Option<i64>),
    Text(Option<String>),
    Bool(bool),
}

macro_rules! params {
    ($($from:ty => |$v:ident| $to:expr),* $(,)?) => {
        $(impl From<$from> for Param {
            fn from($v: $from) -> Self {
                $to
            }
        })*
    };
}

params! {
    i64 => |v| Param::Int(Some(v)),
    Option<i64> => |v| Param::Int(v),
    bool => |v| Param::Bool(v),
    String => |v| Param::Text(Some(v)),
    &String => |v| Param::Text(Some(v.clone())),
    &str => |v| Param::Text(Some(v.to_owned())),
    Option<String> => |v| Param::Text(v),
    Option<&str> => |v| Param::Text(v.map(str::to_owned)),
    Option<&String> => |v| Param::Text(v.cloned()),
}

impl rusqlite::ToSql for Param {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(match self {
            Param::Int(Some(v)) => ToSqlOutput::Borrowed(ValueRef::Integer(*v)),
            Param::Text(Some(v)) => ToSqlOutput::Borrowed(ValueRef::Text(v.as_bytes())),
            Param::Int(None) | Param::Text(None) => ToSqlOutput::Borrowed(ValueRef::Null),
            Param::Bool(v) => ToSqlOutput::Borrowed(ValueRef::Integer(i64::from(*v))),
        })
    }
}

/// A statement's text: a constant, or [`built`] by this program from its own constants.
pub struct SqlText(Cow<'static, str>);

impl From<&'static str> for SqlText {
    fn from(sql: &'static str) -> Self {
        Self(Cow::Borrowed(sql))
    }
}

/// SQL assembled by this program (a list of placeholders, a clause chosen by the database),
/// never from what a client sent: values are parameters, always.
pub fn built(sql: String) -> SqlText {
    SqlText(Cow::Owned(sql))
}

/// A statement and its parameters; what it returns is read by [`Query::execute`] (nothing but
/// the rows it changed), [`QueryAs`] (rows) or [`QueryScalar`] (each row's first column).
pub struct Query {
    sql: Cow<'static, str>,
    params: Vec<Param>,
}

/// A statement whose rows read as `R`.
pub struct QueryAs<R> {
    query: Query,
    row: PhantomData<fn() -> R>,
}

/// A statement whose rows' first columns read as `T`.
pub struct QueryScalar<T> {
    query: Query,
    value: PhantomData<fn() -> T>,
}

/// A statement to execute.
pub fn query(sql: impl Into<SqlText>) -> Query {
    Query {
        sql: sql.into().0,
        params: Vec::new(),
    }
}

/// A statement whose rows are read by column name (a struct) or in order (a tuple).
pub fn query_as<R: DeserializeOwned>(sql: impl Into<SqlText>) -> QueryAs<R> {
    QueryAs {
        query: query(sql),
        row: PhantomData,
    }
}

/// A statement whose rows are their first columns.
pub fn query_scalar<T: DeserializeOwned>(sql: impl Into<SqlText>) -> QueryScalar<T> {
    QueryScalar {
        query: query(sql),
        value: PhantomData,
    }
}

impl Query {
    /// The next parameter (`$1`, then `$2`, …).
    pub fn bind(mut self, value: impl Into<Param>) -> Self {
        self.params.push(value.into());
        self
    }

    /// Runs the statement; the number of rows it changed.
    pub async fn execute(self, conn: &mut Conn) -> Result<u64, DbError> {
        match conn.driver() {
            super::Driver::Sqlite(sqlite) => Ok(sqlite::run(sqlite, &self.sql, &self.params)?.1),
            super::Driver::Postgres(any) => {
                let done = any_query(self.sql, self.params).execute(any).await?;
                Ok(done.rows_affected())
            }
        }
    }

    async fn rows(self, conn: &mut Conn) -> Result<Vec<Record>, DbError> {
        match conn.driver() {
            super::Driver::Sqlite(sqlite) => Ok(sqlite::run(sqlite, &self.sql, &self.params)?.0),
            super::Driver::Postgres(any) => {
                let rows = any_query(self.sql, self.params).fetch_all(any).await?;
                let columns: Arc<[String]> = match rows.first() {
                    Some(row) => row.columns().iter().map(|c| c.name().to_owned()).collect(),
                    None => return Ok(Vec::new()),
                };
                rows.iter()
                    .map(|row| any_record(row, columns.clone()))
                    .collect()
            }
        }
    }
}

impl<R: DeserializeOwned> QueryAs<R> {
    pub fn bind(self, value: impl Into<Param>) -> Self {
        Self {
            query: self.query.bind(value),
            ..self
        }
    }

    pub async fn fetch_all(self, conn: &mut Conn) -> Result<Vec<R>, DbError> {
        let records = self.query.rows(conn).await?;
        records.into_iter().map(Record::read).collect()
    }

    pub async fn fetch_optional(self, conn: &mut Conn) -> Result<Option<R>, DbError> {
        let records = self.query.rows(conn).await?;
        records.into_iter().next().map(Record::read).transpose()
    }

    pub async fn fetch_one(self, conn: &mut Conn) -> Result<R, DbError> {
        self.fetch_optional(conn).await?.ok_or(DbError::NoRow)
    }
}

impl<T: DeserializeOwned> QueryScalar<T> {
    pub fn bind(self, value: impl Into<Param>) -> Self {
        Self {
            query: self.query.bind(value),
            ..self
        }
    }

    pub async fn fetch_all(self, conn: &mut Conn) -> Result<Vec<T>, DbError> {
        let records = self.query.rows(conn).await?;
        records.into_iter().map(Record::first).collect()
    }

    pub async fn fetch_optional(self, conn: &mut Conn) -> Result<Option<T>, DbError> {
        let records = self.query.rows(conn).await?;
        records.into_iter().next().map(Record::first).transpose()
    }

    pub async fn fetch_one(self, conn: &mut Conn) -> Result<T, DbError> {
        self.fetch_optional(conn).await?.ok_or(DbError::NoRow)
    }
}

/// One row: its columns' names (shared by the rows of a statement) and values.
struct Record {
    columns: Arc<[String]>,
    values: Vec<Value>,
}

impl Record {
    /// A row that does not read says which column, not what it held (a stored value may be
    /// anything: bank details), nor serde's words, which quote it.
    fn read<R: DeserializeOwned>(self) -> Result<R, DbError> {
        serde_path_to_error::deserialize(self).map_err(|e| {
            DbError::unreadable_document("row", format!("column {:?}", e.path().to_string()))
        })
    }

    fn first<T: DeserializeOwned>(self) -> Result<T, DbError> {
        let value = self.values.into_iter().next().unwrap_or(Value::Null);
        T::deserialize(value)
            .map_err(|_| DbError::unreadable_document("value", "not of the type read"))
    }
}

impl<'de> Deserializer<'de> for Record {
    type Error = serde_json::Error;

    /// A struct (or a map) reads the columns by name.
    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let names = self.columns.iter().map(String::as_str);
        let mut map = MapDeserializer::new(names.zip(self.values));
        let value = visitor.visit_map(&mut map)?;
        map.end()?;
        Ok(value)
    }

    /// A tuple reads the columns in order.
    fn deserialize_tuple<V: serde::de::Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let mut seq = SeqDeserializer::new(self.values.into_iter());
        let value = visitor.visit_seq(&mut seq)?;
        seq.end()?;
        Ok(value)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple_struct
        map struct enum identifier ignored_any
    }
}

impl<'de> IntoDeserializer<'de, serde_json::Error> for Record {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

fn any_query(
    sql: Cow<'static, str>,
    params: Vec<Param>,
) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments> {
    let mut query = match sql {
        Cow::Borrowed(sql) => sqlx::query(sql),
        Cow::Owned(sql) => sqlx::query(AssertSqlSafe(sql)),
    };
    for param in params {
        query = match param {
            Param::Int(v) => query.bind(v),
            Param::Text(v) => query.bind(v),
            Param::Bool(v) => query.bind(v),
        };
    }
    query
}

fn any_record(row: &sqlx::any::AnyRow, columns: Arc<[String]>) -> Result<Record, DbError> {
    use sqlx::any::AnyTypeInfoKind as Kind;
    let values = (0..columns.len())
        .map(|i| {
            let raw = row.try_get_raw(i)?;
            if raw.is_null() {
                return Ok(Value::Null);
            }
            Ok(match raw.type_info().kind() {
                Kind::Bool => Value::from(row.try_get::<bool, _>(i)?),
                Kind::SmallInt | Kind::Integer | Kind::BigInt => {
                    Value::from(row.try_get::<i64, _>(i)?)
                }
                Kind::Real | Kind::Double => Value::from(row.try_get::<f64, _>(i)?),
                Kind::Text => Value::from(row.try_get::<String, _>(i)?),
                Kind::Null => Value::Null,
                Kind::Blob => {
                    return Err(DbError::unreadable_document(
                        "row",
                        format!("column {} is binary, which no row here holds", columns[i]),
                    ))
                }
            })
        })
        .collect::<Result<_, DbError>>()?;
    Ok(Record { columns, values })
}

/// rusqlite's side: statements prepared once per connection and kept.
mod sqlite {
    use super::*;
    use rusqlite::types::ValueRef;

    /// Runs `sql` with `params` on the calling thread: the rows it returned and the rows it
    /// changed. `$n` placeholders take the `n`th parameter wherever they stand.
    pub(super) fn run(
        conn: &rusqlite::Connection,
        sql: &str,
        params: &[Param],
    ) -> Result<(Vec<Record>, u64), rusqlite::Error> {
        let mut statement = conn.prepare_cached(sql)?;
        for index in 1..=statement.parameter_count() {
            let number = match statement.parameter_name(index) {
                Some(name) => name
                    .strip_prefix('$')
                    .and_then(|n| n.parse::<usize>().ok())
                    .ok_or_else(|| rusqlite::Error::InvalidParameterName(name.to_owned()))?,
                None => index,
            };
            let param = number
                .checked_sub(1)
                .and_then(|n| params.get(n))
                .ok_or(rusqlite::Error::InvalidParameterCount(number, params.len()))?;
            statement.raw_bind_parameter(index, param)?;
        }
        let columns: Arc<[String]> = statement
            .column_names()
            .into_iter()
            .map(str::to_owned)
            .collect();
        let mut records = Vec::new();
        let mut rows = statement.raw_query();
        while let Some(row) = rows.next()? {
            let values = (0..columns.len())
                .map(|i| {
                    Ok(match row.get_ref(i)? {
                        ValueRef::Null => Value::Null,
                        ValueRef::Integer(v) => Value::from(v),
                        ValueRef::Real(v) => Value::from(v),
                        ValueRef::Text(text) => Value::from(
                            std::str::from_utf8(text)
                                .map_err(rusqlite::Error::Utf8Error)?
                                .to_owned(),
                        ),
                        ValueRef::Blob(_) => {
                            return Err(rusqlite::Error::InvalidColumnType(
                                i,
                                columns[i].clone(),
                                rusqlite::types::Type::Blob,
                            ))
                        }
                    })
                })
                .collect::<Result<_, rusqlite::Error>>()?;
            records.push(Record {
                columns: columns.clone(),
                values,
            });
        }
        drop(rows);
        Ok((records, conn.changes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(columns: &[&str], values: Vec<Value>) -> Record {
        Record {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            values,
        }
    }

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Named {
        id: i64,
        name: Option<String>,
    }

    #[test]
    fn a_struct_reads_columns_by_name_and_a_tuple_in_order() {
        let row = || record(&["name", "id"], vec![Value::Null, Value::from(7)]);
        let named: Named = row().read().unwrap();
        assert_eq!(named, Named { id: 7, name: None });
        let tuple: (Option<String>, i64) = row().read().unwrap();
        assert_eq!(tuple, (None, 7));
        let wrong: Result<(i64, i64), _> = row().read();
        assert!(matches!(wrong, Err(DbError::Unreadable { .. })));
    }

    #[test]
    fn a_row_that_does_not_read_names_its_column_not_what_it_holds() {
        let row = record(
            &["id", "name"],
            vec![Value::from("NL91 ABNA 0417"), Value::Null],
        );
        let error = row.read::<Named>().unwrap_err().to_string();
        assert!(error.contains("\"id\""), "{error}");
        assert!(!error.contains("ABNA"), "{error}");
    }

    #[test]
    fn placeholders_take_their_numbered_parameter_wherever_they_stand() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let (rows, _) = sqlite::run(
            &conn,
            "SELECT $2 AS b, $1 AS a, $2 AS b_again",
            &[Param::from("one"), Param::from(2)],
        )
        .unwrap();
        let (b, a, again): (i64, String, i64) = rows.into_iter().next().unwrap().read().unwrap();
        assert_eq!((b, a.as_str(), again), (2, "one", 2));
        for missing in ["SELECT $3", "SELECT $0"] {
            assert!(sqlite::run(&conn, missing, &[Param::from(1)]).is_err());
        }
    }
}
