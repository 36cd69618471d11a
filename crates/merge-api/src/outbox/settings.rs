//! How messages are sent: the `[smtp]` and `[notifications]` tables of the `--config` file
//! (docs/notifications.md).

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use url::Url;

/// `[smtp]`: the mail server every email goes through.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    /// `smtp://host:port` (STARTTLS when the server offers it; `?tls=required` insists on it)
    /// or `smtps://host:port` (TLS from the start). A user name goes in the URL
    /// (`smtp://merge%40example.com@smtp.office365.com:587`), its password in `password_env`.
    pub url: String,
    /// The sender: `Partner Merge <merge@example.com>`.
    pub from: String,
    /// The environment variable that holds the password, when the server needs a login.
    pub password_env: Option<String>,
}

/// `[notifications]`: retries and the delivery task's pace. Durations as `30s`, `5m`, `1h`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DeliveryConfig {
    /// Tries of one message before it is marked dead (and listed by `notifications list
    /// --failed`).
    pub max_attempts: u32,
    /// The wait after the first failed try; it doubles with each (with jitter), up to
    /// `retry_max`.
    #[serde(with = "humantime_serde")]
    pub retry_base: Duration,
    #[serde(with = "humantime_serde")]
    pub retry_max: Duration,
    /// How long a process holds a message it is sending; one that dies mid-send leaves it to
    /// another process (or itself, restarted) once this has passed.
    #[serde(with = "humantime_serde")]
    pub claim_lease: Duration,
    /// How often the delivery task looks for messages other processes wrote, or whose retry is
    /// due (it is woken at once by this process's own steps).
    #[serde(with = "humantime_serde")]
    pub poll: Duration,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        Self {
            max_attempts: 10,
            retry_base: Duration::from_secs(30),
            retry_max: Duration::from_secs(3600),
            claim_lease: Duration::from_secs(120),
            poll: Duration::from_secs(5),
        }
    }
}

/// Durations in the config file, read as humantime text.
mod humantime_serde {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
        let text = String::deserialize(deserializer)?;
        humantime::parse_duration(&text).map_err(serde::de::Error::custom)
    }
}

/// Everything the delivery task needs to know.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Links in emails point here (`--public-url`).
    pub public_url: Url,
    pub smtp: Option<SmtpConfig>,
    pub delivery: DeliveryConfig,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            public_url: Url::parse("http://127.0.0.1:8080/").expect("a URL"),
            smtp: None,
            delivery: DeliveryConfig::default(),
        }
    }
}

impl Settings {
    /// The `[smtp]` and `[notifications]` tables of the operator's `--config` file.
    pub fn load(path: &Path, public_url: &Url) -> Result<Self, crate::ConfigError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|error| crate::ConfigError::Read {
            path: name.clone(),
            error,
        })?;
        let config: crate::oidc::ConfigFile = toml::from_str(&text)
            .map_err(|error| crate::ConfigError::Toml { path: name, error })?;
        Ok(Self {
            public_url: public_url.clone(),
            smtp: config.smtp,
            delivery: config.notifications.unwrap_or_default(),
        })
    }
}
