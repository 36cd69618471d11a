//! What the API refused, in the reader's language: in English the API's own message, which
//! names what was wrong and what to do; in Dutch the same from the error's code and details
//! (the API writes English only).

use merge_api_types::{ErrorCode, ErrorDetails, HistoryEventKind, RequestState};

use crate::api::ApiFailure;
use crate::i18n::{td_string, Locale};

/// The refusal as the reader reads it.
pub fn refusal(failure: &ApiFailure, locale: Locale) -> String {
    if locale == Locale::en {
        return as_sentence(&failure.message);
    }
    let Some(code) = failure.code else {
        return td_string!(locale, refusal.unreachable).to_string();
    };
    let details = failure.details.as_ref();
    match code {
        ErrorCode::SignedOut => td_string!(locale, refusal.signed_out).to_string(),
        ErrorCode::ReauthenticationRequired => {
            td_string!(locale, refusal.reauthentication_required).to_string()
        }
        ErrorCode::Forbidden => td_string!(locale, refusal.forbidden).to_string(),
        ErrorCode::NotFound => td_string!(locale, refusal.not_found).to_string(),
        ErrorCode::WrongState => match details {
            Some(ErrorDetails::State { state }) => td_string!(
                locale,
                refusal.wrong_state,
                state = state_word(*state, locale)
            )
            .to_string(),
            _ => failure.message.clone(),
        },
        ErrorCode::AlreadyCompleted => td_string!(locale, refusal.already_completed).to_string(),
        ErrorCode::OpenMergeExists => match details {
            Some(ErrorDetails::OpenMerge { mpn_id }) => td_string!(
                locale,
                refusal.open_merge_exists,
                mpn_id = mpn_id.to_string()
            )
            .to_string(),
            _ => failure.message.clone(),
        },
        ErrorCode::InviteeUnavailable => {
            td_string!(locale, refusal.invitee_unavailable).to_string()
        }
        ErrorCode::StalePreview => td_string!(locale, refusal.stale_preview).to_string(),
        // merge-core's refusal is English on the wire.
        ErrorCode::CannotMerge => {
            td_string!(locale, refusal.cannot_merge, why = failure.message.clone()).to_string()
        }
        ErrorCode::TooManyInvitations => match details {
            Some(ErrorDetails::RetryAfter { seconds }) => td_string!(
                locale,
                refusal.too_many_invitations,
                minutes = seconds.div_ceil(60).to_string()
            )
            .to_string(),
            _ => failure.message.clone(),
        },
        ErrorCode::ReasonTooLong => match details {
            Some(ErrorDetails::Limit { max }) => {
                td_string!(locale, refusal.reason_too_long, max = max.to_string()).to_string()
            }
            _ => failure.message.clone(),
        },
        ErrorCode::InvalidText => td_string!(locale, refusal.invalid_text).to_string(),
        ErrorCode::MalformedMpnId => td_string!(locale, refusal.malformed_mpn_id).to_string(),
        ErrorCode::SelfMerge => td_string!(locale, refusal.self_merge).to_string(),
        ErrorCode::LocationId => match details {
            Some(ErrorDetails::LocationOf {
                company,
                global_mpn_id,
            }) => td_string!(
                locale,
                refusal.location_id,
                company = company.clone(),
                global_mpn_id = global_mpn_id.to_string()
            )
            .to_string(),
            _ => failure.message.clone(),
        },
        ErrorCode::MergedAway => td_string!(locale, refusal.merged_away).to_string(),
        ErrorCode::UnknownAccount => td_string!(locale, refusal.unknown_account).to_string(),
        ErrorCode::LastAdmin => td_string!(locale, refusal.last_admin).to_string(),
        ErrorCode::InvalidReissue => td_string!(locale, refusal.invalid_reissue).to_string(),
        ErrorCode::ReissueConflicts => match details {
            Some(ErrorDetails::ReissueConflicts { conflicts }) => {
                let lang = crate::language::lang_of(locale);
                let each: Vec<String> = conflicts.iter().map(|c| c.describe_in(lang)).collect();
                td_string!(
                    locale,
                    refusal.reissue_conflicts,
                    conflicts = each.join("; ")
                )
                .to_string()
            }
            _ => failure.message.clone(),
        },
        ErrorCode::TooManyRequests => td_string!(locale, refusal.too_many_requests).to_string(),
        ErrorCode::Busy => td_string!(locale, refusal.busy).to_string(),
        ErrorCode::RequestTimeout => td_string!(locale, refusal.request_timeout).to_string(),
        ErrorCode::ProviderUnavailable => {
            td_string!(locale, refusal.provider_unavailable).to_string()
        }
        // A client's mistake the app does not make, or the server's own failure: its words.
        ErrorCode::BadRequest
        | ErrorCode::BodyTooLarge
        | ErrorCode::JsonRequired
        | ErrorCode::InvalidBody
        | ErrorCode::InvalidRoles
        | ErrorCode::Internal => {
            td_string!(locale, refusal.other, message = failure.message.clone()).to_string()
        }
    }
}

/// A request's state as a word: "pending", "in afwachting".
pub fn state_word(state: RequestState, locale: Locale) -> String {
    match state {
        RequestState::Pending => td_string!(locale, merges.state.pending),
        RequestState::Accepted => td_string!(locale, merges.state.accepted),
        RequestState::Rejected => td_string!(locale, merges.state.rejected),
        RequestState::Cancelled => td_string!(locale, merges.state.cancelled),
        RequestState::Completed => td_string!(locale, merges.state.completed),
    }
    .to_string()
}

/// A history event as a word: "sent", "verstuurd".
pub fn event_word(event: HistoryEventKind, locale: Locale) -> String {
    match event {
        HistoryEventKind::Sent => td_string!(locale, history.event.sent),
        HistoryEventKind::Accepted => td_string!(locale, history.event.accepted),
        HistoryEventKind::Rejected => td_string!(locale, history.event.rejected),
        HistoryEventKind::Cancelled => td_string!(locale, history.event.cancelled),
        HistoryEventKind::Completed => td_string!(locale, history.event.completed),
        HistoryEventKind::Reissued => td_string!(locale, history.event.reissued),
    }
    .to_string()
}

/// The API's message as a sentence on screen: its first letter a capital. The API writes
/// English, so ASCII case is enough (Unicode's case tables would add 15 KB to the app).
fn as_sentence(message: &str) -> String {
    let mut sentence = message.to_string();
    if let Some(first) = sentence.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    sentence
}
