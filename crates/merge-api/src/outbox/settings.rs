//! How messages are sent and when requests expire: the `[smtp]`, `[notifications]` and
//! `[expiry]` tables of the `--config` file
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

/// `[[webhooks]]`: an operator's endpoint that gets each step as JSON, signed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    pub url: String,
    /// The environment variable that holds the signing secret.
    pub secret_env: String,
    /// The events it gets (`invited`, `accepted`, `rejected`, `cancelled`, `completed`,
    /// `reissued`, `expiring`, `expired`); none: all.
    #[serde(default)]
    pub events: Vec<String>,
}

/// The shortest signing secret a webhook may have.
const MIN_SECRET_BYTES: usize = 16;

/// A webhook with its secret.
#[derive(Debug, Clone)]
pub struct Webhook {
    pub url: String,
    pub secret: String,
    pub events: Vec<String>,
}

impl Webhook {
    pub fn wants(&self, event: &str) -> bool {
        self.events.is_empty() || self.events.iter().any(|e| e == event)
    }
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

/// `[expiry]`: how long an open request waits for its next step (issue #31).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ExpiryConfig {
    /// A pending invitation nobody answers expires this long after it was sent.
    #[serde(with = "humantime_serde")]
    pub pending: Duration,
    /// An accepted request nobody confirms expires this long after it was accepted.
    #[serde(with = "humantime_serde")]
    pub accepted: Duration,
    /// The reminder goes out this long before a request expires.
    #[serde(with = "humantime_serde")]
    pub reminder: Duration,
    /// How often each server looks for requests due to expire or to be reminded of.
    #[serde(with = "humantime_serde")]
    pub check: Duration,
}

impl Default for ExpiryConfig {
    fn default() -> Self {
        const DAY: u64 = 24 * 3600;
        Self {
            pending: Duration::from_secs(14 * DAY),
            accepted: Duration::from_secs(7 * DAY),
            reminder: Duration::from_secs(2 * DAY),
            check: Duration::from_secs(60),
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
    pub expiry: ExpiryConfig,
    pub webhooks: Vec<Webhook>,
    /// The deployment's reading of admin rights (A3): what the emails say of who acts for the
    /// merged account. The server's own setting (`crate::Settings::admin_reading`).
    pub admin_reading: merge_core::AdminReading,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            public_url: Url::parse("http://127.0.0.1:8080/").expect("a URL"),
            smtp: None,
            delivery: DeliveryConfig::default(),
            expiry: ExpiryConfig::default(),
            webhooks: Vec::new(),
            admin_reading: merge_core::AdminReading::default(),
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
        let config: crate::oidc::ConfigFile =
            toml::from_str(&text).map_err(|error| crate::ConfigError::Toml {
                path: name.clone(),
                error,
            })?;
        let mut webhooks = Vec::new();
        for hook in config.webhooks {
            let secret =
                std::env::var(&hook.secret_env).map_err(|_| crate::ConfigError::Tenant {
                    path: name.clone(),
                    tenant: format!("webhook {}", hook.url),
                    message: format!("secret_env names {}, which is not set", hook.secret_env),
                })?;
            url::Url::parse(&hook.url).map_err(|e| crate::ConfigError::Tenant {
                path: name.clone(),
                tenant: format!("webhook {}", hook.url),
                message: format!("not a URL: {e}"),
            })?;
            // Anyone who can guess the key can sign a delivery of their own.
            if secret.len() < MIN_SECRET_BYTES {
                return Err(crate::ConfigError::Tenant {
                    path: name.clone(),
                    tenant: format!("webhook {}", hook.url),
                    message: format!(
                        "the secret in {} has {} bytes; give it at least {MIN_SECRET_BYTES} random \
                         ones (e.g. openssl rand -hex 32)",
                        hook.secret_env,
                        secret.len()
                    ),
                });
            }
            webhooks.push(Webhook {
                url: hook.url,
                secret,
                events: hook.events,
            });
        }
        Ok(Self {
            webhooks,
            public_url: public_url.clone(),
            smtp: config.smtp,
            delivery: config.notifications.unwrap_or_default(),
            expiry: config.expiry.unwrap_or_default(),
            admin_reading: config.rights.unwrap_or_default().admin_reading,
        })
    }
}
