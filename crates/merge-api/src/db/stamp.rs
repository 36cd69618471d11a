//! Times as stored: RFC 3339 text in UTC to the millisecond, which sorts as it reads on both
//! databases.

use chrono::{DateTime, Utc};

use super::DbError;

/// Now, as stored.
pub fn now_stamp() -> String {
    stamp(Utc::now())
}

/// `time` as stored.
pub fn stamp(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A stored time.
pub fn parse_stamp(text: &str) -> Result<DateTime<Utc>, DbError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| DbError::unreadable("time", text, e))
}
