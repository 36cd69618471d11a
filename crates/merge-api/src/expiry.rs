//! Requests that expire (issue #31): a pending invitation nobody answers expires after
//! `[expiry] pending` (14 days), an accepted request nobody confirms after `accepted` (7 days);
//! the party that must act is reminded `reminder` (2 days) before. An expired request is
//! closed as `expired` in both companies' history, both companies' admins are told, and both
//! accounts are free again (W6).
//!
//! Every server runs the timer; each expiry is a writing step like any other (the request's two
//! accounts locked, its state read again under the locks), so with several replicas a request
//! expires once, and never at the same moment as someone answers it.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use merge_api_types::{HistoryEventKind, MergeRequest, RequestState};

use crate::db::requests::{self, Transition};
use crate::db::{lock_accounts, Conn, Db};
use crate::error::ApiError;
use crate::merges::record_event;
use crate::outbox::{enqueue_message, Deadline, ExpiryConfig, MessageKind};
use crate::shutdown::Shutdown;

/// Who the history says expired a request.
pub const EXPIRY_ACTOR: &str = "Partner Merge";

/// Starts this process's expiry timer.
pub fn spawn(db: Db, config: ExpiryConfig, shutdown: Shutdown) {
    tokio::spawn(async move {
        while !shutdown.has_begun() {
            if let Err(error) = run_once(&db, &config, Utc::now()).await {
                tracing::warn!(%error, "expiring requests");
            }
            tokio::select! {
                _ = tokio::time::sleep(config.check) => {}
                _ = shutdown.begun() => {}
            }
        }
    });
}

/// What is due for an open request at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Due {
    Expire,
    Remind(Deadline),
}

fn delta(d: Duration) -> TimeDelta {
    TimeDelta::from_std(d).unwrap_or(TimeDelta::MAX)
}

/// What `request` is due for at `now`: its deadline counts from when it was sent (pending) or
/// accepted; the reminder once per state.
fn due(
    request: &MergeRequest,
    reminded_for: Option<&str>,
    config: &ExpiryConfig,
    now: DateTime<Utc>,
) -> Option<Due> {
    let (since, wait) = match request.state {
        RequestState::Pending => (request.created_at, config.pending),
        RequestState::Accepted => (
            request.accepted_at.unwrap_or(request.updated_at),
            config.accepted,
        ),
        _ => return None,
    };
    let expires = since + delta(wait);
    if now >= expires {
        return Some(Due::Expire);
    }
    let remind_at = expires - delta(config.reminder);
    if now >= remind_at && reminded_for != Some(request.state.as_str()) {
        let left = expires - now;
        // Days left, rounded up: "expires in 2 days" two days before.
        let days = (left.num_seconds() + 86_399) / 86_400;
        return Some(Due::Remind(Deadline {
            since: since.date_naive(),
            expires: expires.date_naive(),
            days: days.max(1),
        }));
    }
    None
}

/// Expires or reminds of every open request due at `now`; how many steps it took.
pub async fn run_once(
    db: &Db,
    config: &ExpiryConfig,
    now: DateTime<Utc>,
) -> Result<usize, ApiError> {
    // A read first: the open requests (few) and which are due; only those are written.
    let open: Vec<(MergeRequest, Option<String>)> = db
        .read((), |conn, _| {
            Box::pin(async move { Ok(requests::open_requests(conn).await?) })
        })
        .await?;
    let due_ids = open
        .iter()
        .filter(|(request, reminded)| due(request, reminded.as_deref(), config, now).is_some())
        .map(|(request, _)| request.id);
    let mut steps = 0;
    for id in due_ids {
        let done = db
            .write((id, config.clone(), now), |conn, (id, config, now)| {
                Box::pin(expire_or_remind(conn, *id, config, *now))
            })
            .await;
        // One request that fails (logged, tried again next time) holds up no other.
        match done {
            Ok(done) => steps += usize::from(done),
            Err(error) => tracing::warn!(request = id, %error, "expiring a request"),
        }
    }
    Ok(steps)
}

/// One request's expiry or reminder, decided under its accounts' locks.
async fn expire_or_remind(
    conn: &mut Conn,
    id: i64,
    config: &ExpiryConfig,
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    let Some(seen) = requests::request(conn, id).await? else {
        return Ok(false);
    };
    lock_accounts(
        conn,
        seen.initiator.mpn_id.as_str(),
        Some(seen.invitee.mpn_id.as_str()),
    )
    .await?;
    // Read again under the locks: a step that ran meanwhile is seen whole.
    let Some(request) = requests::request(conn, id).await? else {
        return Ok(false);
    };
    let reminded_for = requests::reminded_for(conn, id).await?;
    match due(&request, reminded_for.as_deref(), config, now) {
        None => Ok(false),
        Some(Due::Expire) => {
            let expired = Transition::Expired { by: EXPIRY_ACTOR };
            let request = requests::set_state(conn, &request, expired).await?;
            record_event(
                conn,
                &request,
                HistoryEventKind::Expired,
                EXPIRY_ACTOR,
                None,
                &[],
            )
            .await?;
            Ok(true)
        }
        Some(Due::Remind(deadline)) => {
            requests::mark_reminded(conn, id).await?;
            let actor = request.created_by.clone();
            enqueue_message(
                conn,
                &request,
                MessageKind::Expiring,
                &actor,
                None,
                Some(deadline),
                &[],
            )
            .await?;
            Ok(true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::parse_stamp as parse_time;
    use merge_api_types::AccountRef;

    fn request(state: RequestState, created: &str, accepted: Option<&str>) -> MergeRequest {
        let at = |t: &str| parse_time(t).unwrap();
        MergeRequest {
            id: 1,
            initiator: AccountRef {
                mpn_id: "1111111".to_string().into(),
                company: "Contoso".into(),
            },
            invitee: AccountRef {
                mpn_id: "3333333".to_string().into(),
                company: "Fabricam".into(),
            },
            state,
            reason: None,
            created_by: "alice@contoso.com".into(),
            created_at: at(created),
            updated_at: at(accepted.unwrap_or(created)),
            accepted_by: None,
            accepted_at: accepted.map(at),
            closed_by: None,
            deal: None,
        }
    }

    #[test]
    fn a_pending_request_is_reminded_two_days_before_and_expires_after_fourteen() {
        let config = ExpiryConfig::default();
        let sent = request(RequestState::Pending, "2026-12-01T10:00:00.000Z", None);
        let at = |t: &str| parse_time(t).unwrap();
        assert_eq!(
            due(&sent, None, &config, at("2026-12-13T09:59:59.000Z")),
            None
        );
        let reminder = due(&sent, None, &config, at("2026-12-13T10:00:00.000Z"));
        let Some(Due::Remind(deadline)) = reminder else {
            panic!("{reminder:?}");
        };
        assert_eq!(
            (deadline.days, deadline.expires.to_string()),
            (2, "2026-12-15".into())
        );
        // Reminded once while pending.
        assert_eq!(
            due(
                &sent,
                Some("pending"),
                &config,
                at("2026-12-14T10:00:00.000Z")
            ),
            None
        );
        assert_eq!(
            due(
                &sent,
                Some("pending"),
                &config,
                at("2026-12-15T10:00:00.000Z")
            ),
            Some(Due::Expire)
        );
    }

    #[test]
    fn an_accepted_request_counts_seven_days_from_its_acceptance() {
        let config = ExpiryConfig::default();
        let accepted = request(
            RequestState::Accepted,
            "2026-12-01T10:00:00.000Z",
            Some("2026-12-10T10:00:00.000Z"),
        );
        let at = |t: &str| parse_time(t).unwrap();
        // Reminded while pending, not yet while accepted: reminded again.
        let reminder = due(
            &accepted,
            Some("pending"),
            &config,
            at("2026-12-15T10:00:00.000Z"),
        );
        let Some(Due::Remind(deadline)) = reminder else {
            panic!("{reminder:?}");
        };
        assert_eq!(deadline.expires.to_string(), "2026-12-17");
        assert_eq!(deadline.since.to_string(), "2026-12-10");
        let later = at("2026-12-17T10:00:00.000Z");
        assert_eq!(
            due(&accepted, Some("accepted"), &config, later),
            Some(Due::Expire)
        );
        let done = request(RequestState::Completed, "2026-01-01T00:00:00.000Z", None);
        assert_eq!(due(&done, None, &config, later), None);
    }
}
