//! The delivery task: takes due messages from the outbox after their step committed, sends
//! them, and records what happened. A failed send is tried again after an exponential backoff
//! with jitter, and after `max_attempts` the message is dead (the operator's `notifications
//! list --failed`). A message is claimed for `claim_lease` before it is sent: on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`, so that each replica takes different ones; a process that dies
//! mid-send leaves it claimed until the lease ends, then any process sends it. A crash after
//! the send and before it is recorded sends it again, with the same Message-ID.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use lettre::message::{header, Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use merge_api_types::MailboxMessage;
use merge_core::Lang;
use sha2::{Digest, Sha256};
use tokio::sync::Notify;

use super::render::{self, Email};
use super::{Facts, MessageKind, Settings, SmtpConfig, Webhook};
use crate::db::{is_postgres, sql, Conn, Db};
use crate::error::ApiError;
use crate::foreground::Foreground;
use crate::shutdown::Shutdown;

/// Messages claimed at once.
const BATCH: i64 = 32;

/// Woken by a step, the delivery task waits until no step has committed for this long and no
/// request is being answered, so that it sends beside no burst of requests (its queries and
/// rendering would slow them: sending is off the request, and off its time too) and sends a
/// burst's messages in one round ...
const QUIET: Duration = Duration::from_millis(50);
/// ... but never waits longer than this for the quiet, under steady load (a batch at least
/// every 2 s).
const MAX_DEFER: Duration = Duration::from_secs(2);

/// Where emails go.
enum Transport {
    Smtp {
        mailer: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    /// Demo mode with no `[smtp]`: kept in the outbox as sent, shown on the app's mailbox page.
    DemoMailbox,
    /// No `[smtp]` on a real server: kept in the outbox, unsent, until one is configured.
    Hold,
}

/// What sends: the mail transport, and the HTTP client of the webhooks.
struct Senders {
    transport: Transport,
    http: reqwest::Client,
}

/// A claimed message.
struct Due {
    id: String,
    /// `email` or `webhook`.
    channel: String,
    recipient: String,
    lang: Lang,
    request_id: i64,
    kind: MessageKind,
    /// An email's [`Facts`], or a webhook's body.
    facts: String,
    attempts: i64,
    /// When the step that owes it was taken.
    created_at: DateTime<Utc>,
}

/// What became of one send.
enum Outcome {
    /// Sent; an email as it was sent.
    Sent(Option<Email>),
    Failed {
        error: String,
        email: Option<Email>,
    },
}

/// Starts the delivery task of this process; `wake` is poked after each step's commit.
pub fn spawn_delivery(
    db: Db,
    settings: Settings,
    demo: bool,
    wake: Arc<Notify>,
    foreground: Foreground,
    shutdown: Shutdown,
) -> Result<(), ApiError> {
    let transport = match (&settings.smtp, demo) {
        (Some(smtp), _) => smtp_transport(smtp)?,
        (None, true) => Transport::DemoMailbox,
        (None, false) => {
            tracing::warn!(
                "no [smtp] in --config: emails are kept in the outbox, unsent, until one is given"
            );
            Transport::Hold
        }
    };
    if matches!(transport, Transport::Hold) && settings.webhooks.is_empty() {
        return Ok(());
    }
    let senders = Arc::new(Senders {
        transport,
        http: reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            // A redirect would carry the signed body and its headers to another address.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| ApiError::internal(format!("webhook client: {e}")))?,
    });
    tokio::spawn(async move {
        while !shutdown.has_begun() {
            match deliver_due(&db, &settings, &senders).await {
                // A full batch: there may be more at once, once no request is being answered.
                Ok(n) if n as i64 == BATCH => {
                    settle(&wake, &foreground, &shutdown).await;
                    continue;
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "delivering messages"),
            }
            tokio::select! {
                _ = wake.notified() => settle(&wake, &foreground, &shutdown).await,
                _ = tokio::time::sleep(settings.delivery.poll) => {}
                _ = shutdown.begun() => {}
            }
        }
    });
    Ok(())
}

/// Returns once no step has committed for [`QUIET`] and no request is being answered, after
/// [`MAX_DEFER`] at most, or when the shutdown begins.
async fn settle(wake: &Notify, foreground: &Foreground, shutdown: &Shutdown) {
    let deadline = tokio::time::Instant::now() + MAX_DEFER;
    loop {
        let quiet = tokio::time::Instant::now() + QUIET;
        tokio::select! {
            // Another step committed: wait for the quiet again, within the deadline.
            _ = wake.notified() => {}
            _ = tokio::time::sleep_until(quiet.min(deadline)) => {
                if !foreground.is_busy() {
                    return;
                }
            }
            _ = shutdown.begun() => return,
        }
        if tokio::time::Instant::now() >= deadline {
            return;
        }
    }
}

fn smtp_transport(smtp: &SmtpConfig) -> Result<Transport, ApiError> {
    let problem = |m: String| ApiError::internal(format!("[smtp]: {m}"));
    let url = url::Url::parse(&smtp.url).map_err(|e| problem(format!("url {}: {e}", smtp.url)))?;
    let host = url
        .host_str()
        .ok_or_else(|| problem(format!("url {} names no host", smtp.url)))?
        .to_string();
    let tls_param = url
        .query_pairs()
        .find(|(k, _)| k == "tls")
        .map(|(_, v)| v.into_owned());
    let parameters = || TlsParameters::new(host.clone()).map_err(|e| problem(e.to_string()));
    let (tls, default_port) = match (url.scheme(), tls_param.as_deref()) {
        ("smtps", _) => (Tls::Wrapper(parameters()?), 465),
        ("smtp", Some("required")) => (Tls::Required(parameters()?), 587),
        ("smtp", Some("none")) => (Tls::None, 25),
        ("smtp", None | Some("opportunistic")) => (Tls::Opportunistic(parameters()?), 25),
        (scheme, tls) => {
            return Err(problem(format!(
                "url {}: use smtp:// or smtps:// (tls={tls:?} with {scheme}:// is not known)",
                smtp.url
            )))
        }
    };
    // A password goes only over TLS that cannot be stripped: with opportunistic STARTTLS, a
    // man in the middle who hides the server's STARTTLS would be sent it in the clear.
    if smtp.password_env.is_some() && matches!(tls, Tls::Opportunistic(_) | Tls::None) {
        return Err(problem(format!(
            "url {}: a login's password is sent only over TLS; use smtps://host:465 or \
             smtp://host:587?tls=required",
            smtp.url
        )));
    }
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(url.port().unwrap_or(default_port))
        .tls(tls)
        .timeout(Some(Duration::from_secs(30)));
    if let Some(var) = &smtp.password_env {
        let password = std::env::var(var)
            .map_err(|_| problem(format!("password_env names {var}, which is not set")))?;
        let user = percent_decode(url.username());
        builder = builder.credentials(Credentials::new(user, password));
    }
    let from = smtp
        .from
        .parse()
        .map_err(|e| problem(format!("from {:?}: {e}", smtp.from)))?;
    Ok(Transport::Smtp {
        mailer: builder.build(),
        from,
    })
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("u={text}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Fans out new webhook events, claims the due messages, sends them and records each
/// outcome; how many it claimed.
async fn deliver_due(db: &Db, settings: &Settings, senders: &Senders) -> Result<usize, ApiError> {
    // Reads first: nothing due costs no write (on SQLite, no turn at the writer's lock).
    let (events, due_now): (bool, bool) = db
        .read(now_text(), |conn, now| {
            Box::pin(async move {
                let pending = |channels: &'static str| {
                    format!(
                        "SELECT id FROM outbox WHERE state = 'pending' AND channel IN ({channels})
                         AND next_attempt_at <= $1
                         AND (claimed_until IS NULL OR claimed_until <= $1) LIMIT 1"
                    )
                };
                let events: Option<String> = sql::query_scalar(sql::built(pending("'event'")))
                    .bind(now.as_str())
                    .fetch_optional(&mut *conn)
                    .await?;
                let due: Option<String> =
                    sql::query_scalar(sql::built(pending("'email', 'webhook'")))
                        .bind(now.as_str())
                        .fetch_optional(&mut *conn)
                        .await?;
                Ok((events.is_some(), due.is_some()))
            })
        })
        .await?;
    if events {
        let webhooks = settings.webhooks.clone();
        db.write_unannounced(webhooks, |conn, webhooks| Box::pin(fan_out(conn, webhooks)))
            .await?;
    }
    if !due_now && !events {
        return Ok(0);
    }
    let lease = chrono::TimeDelta::from_std(settings.delivery.claim_lease).unwrap_or_default();
    let channels = match senders.transport {
        Transport::Hold => "'webhook'",
        _ => "'email', 'webhook'",
    };
    let claimed = db
        .write_unannounced((lease, channels), |conn, (lease, channels)| {
            Box::pin(claim(conn, *lease, channels))
        })
        .await?;
    let claimed_at = std::time::Instant::now();
    let mut count = 0;
    let mut unrecorded = Vec::new();
    for due in claimed {
        // Past half the lease, the rest could be taken by another replica while this one is
        // still sending: they are left to it rather than sent twice (a slow receiver holds
        // no batch). A send takes at most 30 s (SMTP's timeout), the default lease 120 s.
        if count > 0 && claimed_at.elapsed() * 2 >= settings.delivery.claim_lease {
            break;
        }
        let reaches_out =
            due.channel == "webhook" || matches!(senders.transport, Transport::Smtp { .. });
        let outcome = send(settings, senders, &due).await;
        unrecorded.push((due, outcome));
        // What reached another system is recorded at once, so a crash or a shutdown after this
        // send sends it no second time; the demo mailbox's sends are their record, kept together.
        if reaches_out {
            record_all(db, settings, &mut unrecorded).await?;
        }
        count += 1;
    }
    record_all(db, settings, &mut unrecorded).await?;
    Ok(count)
}

/// Records the outcomes of `sent` in one transaction, and empties it.
async fn record_all(
    db: &Db,
    settings: &Settings,
    sent: &mut Vec<(Due, Outcome)>,
) -> Result<(), ApiError> {
    if sent.is_empty() {
        return Ok(());
    }
    let delivery = settings.delivery.clone();
    db.write_unannounced(
        (std::mem::take(sent), delivery),
        |conn, (sent, delivery)| {
            Box::pin(async move {
                for (due, outcome) in sent {
                    record(conn, due, outcome, delivery).await?;
                }
                Ok(())
            })
        },
    )
    .await
}

/// Turns each new webhook event into one delivery per webhook that wants it, each with an id of
/// its own (the event's and the webhook's: the same if this runs again), and marks the event
/// done. With no webhooks, events are only marked done.
async fn fan_out(conn: &mut Conn, webhooks: &[Webhook]) -> Result<(), ApiError> {
    let skip_locked = match is_postgres(conn) {
        true => "FOR UPDATE SKIP LOCKED",
        false => "",
    };
    let sql = format!(
        "SELECT id, request_id, event, facts, created_at FROM outbox
         WHERE state = 'pending' AND channel = 'event' ORDER BY created_at LIMIT $1 {skip_locked}"
    );
    #[derive(serde::Deserialize)]
    struct Event {
        id: String,
        request_id: i64,
        event: String,
        facts: String,
        created_at: String,
    }
    let rows: Vec<Event> = sql::query_as(sql::built(sql))
        .bind(BATCH)
        .fetch_all(&mut *conn)
        .await?;
    let now = now_text();
    for row in &rows {
        let Event {
            id,
            request_id,
            event,
            facts: body,
            // Dated as the step, so that deliveries go out in the order of the steps.
            created_at: at,
        } = row;
        let kind: MessageKind = serde_json::from_value(serde_json::Value::String(event.clone()))
            .map_err(|e| ApiError::internal(format!("outbox event: {e}")))?;
        for hook in webhooks.iter().filter(|h| h.wants(event)) {
            let digest = Sha256::digest(hook.url.as_bytes());
            let suffix: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
            super::insert_with_id(
                conn,
                &format!("{id}-{suffix}"),
                "webhook",
                *request_id,
                kind,
                &hook.url,
                Lang::En,
                body,
                at,
            )
            .await?;
        }
        sql::query("UPDATE outbox SET state = 'sent', sent_at = $2 WHERE id = $1")
            .bind(id)
            .bind(&now)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

fn now_text() -> String {
    crate::db::now_stamp()
}

fn time_text(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Takes up to [`BATCH`] due messages of `channels` (an SQL list) for this process until the
/// lease ends.
async fn claim(
    conn: &mut Conn,
    lease: chrono::TimeDelta,
    channels: &str,
) -> Result<Vec<Due>, ApiError> {
    let now = Utc::now();
    let skip_locked = match is_postgres(conn) {
        true => "FOR UPDATE SKIP LOCKED",
        false => "",
    };
    let sql = format!(
        "UPDATE outbox SET claimed_until = $1 WHERE id IN (
           SELECT id FROM outbox WHERE state = 'pending' AND channel IN ({channels})
           AND next_attempt_at <= $2 AND (claimed_until IS NULL OR claimed_until <= $2)
           ORDER BY next_attempt_at, created_at, id LIMIT $3 {skip_locked})
         RETURNING id, recipient, lang, request_id, event, facts, attempts, channel, created_at"
    );
    let rows: Vec<DueRow> = sql::query_as(sql::built(sql))
        .bind(time_text(now + lease))
        .bind(time_text(now))
        .bind(BATCH)
        .fetch_all(&mut *conn)
        .await?;
    let mut due = rows
        .into_iter()
        .map(Due::try_from)
        .collect::<Result<Vec<_>, _>>()?;
    // Sent in the order of the steps (RETURNING keeps no order): a receiver hears of an
    // invitation before its completion.
    due.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    Ok(due)
}

#[derive(serde::Deserialize)]
struct DueRow {
    id: String,
    recipient: String,
    lang: String,
    request_id: i64,
    event: String,
    facts: String,
    attempts: i64,
    channel: String,
    created_at: String,
}

impl TryFrom<DueRow> for Due {
    type Error = ApiError;

    fn try_from(row: DueRow) -> Result<Self, ApiError> {
        let bad = |what: &str, e: String| ApiError::internal(format!("outbox {what}: {e}"));
        Ok(Due {
            id: row.id,
            channel: row.channel,
            recipient: row.recipient,
            lang: row
                .lang
                .parse()
                .map_err(|e: merge_core::UnknownLang| bad("lang", e.to_string()))?,
            request_id: row.request_id,
            kind: serde_json::from_value(serde_json::Value::String(row.event))
                .map_err(|e| bad("event", e.to_string()))?,
            facts: row.facts,
            attempts: row.attempts,
            created_at: crate::db::parse_stamp(&row.created_at)?,
        })
    }
}

/// The Message-ID of outbox message `id`: `<id@host of the public URL>`.
fn message_id_header(id: &str, settings: &Settings) -> String {
    let host = settings.public_url.host_str().unwrap_or("partner-merge");
    format!("<{id}@{host}>")
}

async fn send(settings: &Settings, senders: &Senders, due: &Due) -> Outcome {
    if due.channel == "webhook" {
        return match webhook_send(settings, &senders.http, due).await {
            Ok(()) => Outcome::Sent(None),
            Err(error) => Outcome::Failed { error, email: None },
        };
    }
    let mut facts: Facts = match serde_json::from_str(&due.facts) {
        Ok(facts) => facts,
        Err(e) => {
            return Outcome::Failed {
                error: format!("the message's facts: {e}"),
                email: None,
            }
        }
    };
    // An invitation or an acceptance says by when the other side must act (from the settings of
    // the timer that will expire it: the step's moment plus the wait).
    let wait = match due.kind {
        MessageKind::Invited => Some(settings.expiry.pending),
        MessageKind::Accepted => Some(settings.expiry.accepted),
        _ => None,
    };
    if let (None, Some(wait)) = (facts.expires, wait) {
        let expires = due.created_at + chrono::TimeDelta::from_std(wait).unwrap_or_default();
        facts.expires = Some(expires.date_naive());
    }
    facts.reading.get_or_insert(settings.admin_reading);
    let email = match render::email(
        due.kind,
        &facts,
        due.lang,
        &settings.public_url,
        due.request_id,
    ) {
        Ok(email) => email,
        Err(error) => return Outcome::Failed { error, email: None },
    };
    match &senders.transport {
        Transport::DemoMailbox => Outcome::Sent(Some(email)),
        Transport::Hold => Outcome::Failed {
            error: "no [smtp] configured".into(),
            email: Some(email),
        },
        Transport::Smtp { mailer, from } => {
            match smtp_send(mailer, from, due, &email, settings).await {
                Ok(()) => Outcome::Sent(Some(email)),
                Err(error) => Outcome::Failed {
                    error,
                    email: Some(email),
                },
            }
        }
    }
}

/// `t=<unix seconds>,v1=<hex HMAC-SHA256 of "{t}.{body}">`, the way Stripe signs (docs/webhooks.md).
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(format!("{timestamp}.{body}").as_bytes());
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("t={timestamp},v1={hex}")
}

async fn webhook_send(
    settings: &Settings,
    http: &reqwest::Client,
    due: &Due,
) -> Result<(), String> {
    let hook = settings
        .webhooks
        .iter()
        .find(|h| h.url == due.recipient)
        .ok_or_else(|| {
            format!(
                "no [[webhooks]] entry for {} in this server's config",
                site_of(&due.recipient)
            )
        })?;
    let timestamp = Utc::now().timestamp();
    let response = http
        .post(&hook.url)
        .header("content-type", "application/json")
        .header("user-agent", "Partner-Merge-Webhooks")
        .header("partner-merge-delivery", &due.id)
        .header("partner-merge-event", due.kind.as_str())
        .header(
            "partner-merge-signature",
            signature(&hook.secret, timestamp, &due.facts),
        )
        .body(due.facts.clone())
        .send()
        .await
        .map_err(|e| format!("webhook {}: {}", site_of(&hook.url), e.without_url()))?;
    match response.status().is_success() {
        true => Ok(()),
        false => Err(format!(
            "webhook {} answered {}",
            site_of(&hook.url),
            response.status()
        )),
    }
}

/// A webhook's address as logs and the outbox may keep it: scheme, host and port. Its path,
/// query or user part is often the credential itself (Slack's, Teams', a token).
fn site_of(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(url) => format!(
            "{}://{}{}",
            url.scheme(),
            url.host_str().unwrap_or("?"),
            url.port().map(|p| format!(":{p}")).unwrap_or_default()
        ),
        Err(_) => "(not a URL)".into(),
    }
}

async fn smtp_send(
    mailer: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    due: &Due,
    email: &Email,
    settings: &Settings,
) -> Result<(), String> {
    let to: Mailbox = due
        .recipient
        .parse()
        .map_err(|e| format!("recipient {}: {e}", due.recipient))?;
    let message = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&email.subject)
        .message_id(Some(message_id_header(&due.id, settings)))
        .header(ContentLanguage(due.lang.tag().to_string()))
        .multipart(MultiPart::alternative_plain_html(
            email.text.clone(),
            email.html.clone(),
        ))
        .map_err(|e| format!("building the email: {e}"))?;
    mailer
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| format!("SMTP: {e}"))
}

/// `Content-Language: nl-NL`: the language the email is written in.
#[derive(Clone)]
struct ContentLanguage(String);

impl header::Header for ContentLanguage {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_string()))
    }

    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// Records a send's outcome: sent, to be tried again after a backoff, or dead.
async fn record(
    conn: &mut Conn,
    due: &Due,
    outcome: &Outcome,
    delivery: &super::DeliveryConfig,
) -> Result<(), ApiError> {
    let attempts = due.attempts + 1;
    let now = Utc::now();
    match outcome {
        Outcome::Sent(email) => {
            let (subject, text, html) = match email {
                Some(e) => (Some(&e.subject), Some(&e.text), Some(&e.html)),
                None => (None, None, None),
            };
            sql::query(
                "UPDATE outbox SET state = 'sent', attempts = $2, sent_at = $3,
                        claimed_until = NULL, last_error = NULL,
                        subject = $4, body_text = $5, body_html = $6
                 WHERE id = $1",
            )
            .bind(&due.id)
            .bind(attempts)
            .bind(time_text(now))
            .bind(subject)
            .bind(text)
            .bind(html)
            .execute(&mut *conn)
            .await?;
        }
        Outcome::Failed { error, email } => {
            let dead = attempts >= i64::from(delivery.max_attempts);
            let next =
                now + chrono::TimeDelta::from_std(backoff(delivery, attempts)).unwrap_or_default();
            tracing::warn!(id = %due.id, attempts, dead, %error, "a message was not delivered");
            sql::query(
                "UPDATE outbox SET state = CASE WHEN $2 THEN 'dead' ELSE 'pending' END,
                        attempts = $3, next_attempt_at = $4, claimed_until = NULL,
                        last_error = $5, subject = coalesce($6, subject)
                 WHERE id = $1",
            )
            .bind(&due.id)
            .bind(dead)
            .bind(attempts)
            .bind(time_text(next))
            .bind(error)
            .bind(email.as_ref().map(|e| e.subject.clone()))
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// The wait after the `attempts`-th failed try: `retry_base` doubled with each try, at most
/// `retry_max`, times a random factor between 0.5 and 1.5 so that messages that failed together
/// are not tried again together.
pub(super) fn backoff(delivery: &super::DeliveryConfig, attempts: i64) -> Duration {
    let exponent = attempts.clamp(1, 30) as u32 - 1;
    let plain = delivery
        .retry_base
        .saturating_mul(1u32 << exponent.min(20))
        .min(delivery.retry_max);
    let random = getrandom::u64().unwrap_or(u64::MAX / 2) as f64 / u64::MAX as f64;
    plain.mul_f64(0.5 + random)
}

/// What the outbox holds that is not delivered, for the metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backlog {
    pub pending: i64,
    pub dead: i64,
    /// How long the oldest pending message has waited.
    pub oldest_pending: Duration,
}

pub async fn backlog(db: &Db) -> Result<Backlog, ApiError> {
    let (pending, dead, oldest) = db
        .read((), |conn, ()| {
            Box::pin(async move {
                // By the (state, next_attempt_at) index: sent messages are not read.
                let count = |state: &'static str| {
                    sql::query_scalar::<i64>("SELECT count(*) FROM outbox WHERE state = $1")
                        .bind(state)
                };
                let pending = count("pending").fetch_one(&mut *conn).await?;
                let dead = count("dead").fetch_one(&mut *conn).await?;
                let oldest: Option<String> =
                    sql::query_scalar("SELECT min(created_at) FROM outbox WHERE state = 'pending'")
                        .fetch_one(&mut *conn)
                        .await?;
                Ok((pending, dead, oldest))
            })
        })
        .await?;
    let oldest_pending = match oldest {
        Some(at) => (Utc::now() - crate::db::parse_stamp(&at)?)
            .to_std()
            .unwrap_or_default(),
        None => Duration::ZERO,
    };
    Ok(Backlog {
        pending,
        dead,
        oldest_pending,
    })
}

/// GET /api/demo/mailbox: the emails the demo server kept, newest first.
pub async fn mailbox(conn: &mut Conn) -> Result<Vec<MailboxMessage>, ApiError> {
    #[derive(serde::Deserialize)]
    struct Sent {
        id: String,
        recipient: String,
        event: String,
        request_id: i64,
        lang: String,
        subject: Option<String>,
        body_text: Option<String>,
        body_html: Option<String>,
        sent_at: String,
        facts: String,
    }
    let rows: Vec<Sent> = sql::query_as(
        "SELECT id, recipient, event, request_id, lang, subject, body_text, body_html, sent_at,
                facts
         FROM outbox WHERE channel = 'email' AND state = 'sent'
         ORDER BY sent_at DESC, id LIMIT 200",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter()
        .map(|row| {
            let sent_at = row.sent_at;
            let request_id = row.request_id;
            let kind: MessageKind = serde_json::from_value(serde_json::Value::String(row.event))
                .map_err(|e| ApiError::internal(format!("outbox event: {e}")))?;
            let invitee_side =
                serde_json::from_str::<Facts>(&row.facts).is_ok_and(|facts| facts.invitee_side);
            Ok(MailboxMessage {
                link: format!("/{}", render::link(kind, request_id, invitee_side).1),
                id: row.id,
                to: row.recipient,
                event: kind.as_str().to_string(),
                request_id,
                lang: row.lang.parse().unwrap_or_default(),
                subject: row.subject.unwrap_or_default(),
                text: row.body_text.unwrap_or_default(),
                html: row.body_html.unwrap_or_default(),
                sent_at: chrono::DateTime::parse_from_rfc3339(&sent_at)
                    .map(|t| t.with_timezone(&Utc))
                    .map_err(|e| ApiError::internal(format!("sent_at {sent_at:?}: {e}")))?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_stays_bounded() {
        let delivery = super::super::DeliveryConfig {
            retry_base: Duration::from_secs(10),
            retry_max: Duration::from_secs(100),
            ..Default::default()
        };
        for attempts in 1..=12 {
            let plain = Duration::from_secs((10u64 << (attempts - 1)).min(100));
            for _ in 0..20 {
                let wait = backoff(&delivery, attempts);
                assert!(wait >= plain.mul_f64(0.5), "{attempts}: {wait:?}");
                assert!(wait <= plain.mul_f64(1.5), "{attempts}: {wait:?}");
            }
        }
    }

    // The transport's pool lives on the runtime, even unused.
    #[tokio::test]
    async fn a_password_is_refused_without_tls_that_cannot_be_stripped() {
        std::env::set_var("PARTNER_MERGE_TEST_SMTP_PASSWORD", "s3cret");
        let config = |url: &str, login: bool| SmtpConfig {
            url: url.into(),
            from: "Partner Merge <merge@example.com>".into(),
            password_env: login.then(|| "PARTNER_MERGE_TEST_SMTP_PASSWORD".into()),
        };
        for url in [
            "smtp://smtp.example.com:587",
            "smtp://smtp.example.com:25?tls=none",
        ] {
            let refused = smtp_transport(&config(url, true)).err().expect(url);
            assert!(
                refused.message.contains("only over TLS"),
                "{}",
                refused.message
            );
            assert!(
                smtp_transport(&config(url, false)).is_ok(),
                "{url} without a login"
            );
        }
        for url in [
            "smtp://smtp.example.com:587?tls=required",
            "smtps://smtp.example.com:465",
        ] {
            assert!(smtp_transport(&config(url, true)).is_ok(), "{url}");
        }
    }
}
