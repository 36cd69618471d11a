//! The API's words, read by the API (its refusals in the caller's language) and the app (a
//! request's state, a history event): `locales/<lang>/api.ftl`, through merge-core's
//! [`Catalogue`].

use std::sync::OnceLock;

use merge_core::{message, Catalogue, Lang, PlanError};

use crate::{ErrorCode, ErrorDetails, HistoryEventKind, RequestState};

/// The catalogue of `api.ftl` in every language.
pub fn words() -> &'static Catalogue {
    static WORDS: OnceLock<Catalogue> = OnceLock::new();
    WORDS.get_or_init(|| {
        Catalogue::new(|lang| {
            vec![match lang {
                Lang::En => include_str!("../../../locales/en/api.ftl"),
                Lang::Nl => include_str!("../../../locales/nl/api.ftl"),
                Lang::De => include_str!("../../../locales/de/api.ftl"),
            }]
        })
    })
}

impl RequestState {
    /// "Pending", "In afwachting", "Ausstehend".
    pub fn word(self, lang: Lang) -> String {
        words().say(lang, &format!("state-{}", self.as_str()), &[])
    }
}

impl HistoryEventKind {
    /// "Sent", "Verstuurd", "Gesendet".
    pub fn word(self, lang: Lang) -> String {
        words().say(lang, &format!("event-{}", self.as_str()), &[])
    }
}

/// A refusal as a reader of `lang` reads it: from its code and details; merge-core's own
/// refusal (`cannot_merge`) in `lang` when there is one. `message` is the API's English,
/// shown as it is to an English reader (it names exactly what was refused) and, inside
/// "Something went wrong", for a client's mistake or the server's failure.
pub fn refusal_in(
    code: ErrorCode,
    details: Option<&ErrorDetails>,
    plan_refusal: Option<&PlanError>,
    message: &str,
    lang: Lang,
) -> String {
    use ErrorCode as C;
    use ErrorDetails as D;
    if lang == Lang::En {
        return message.to_string();
    }
    let say = |id: &str| words().say(lang, id, &[]);
    match (code, details) {
        (C::SignedOut, _) => say("refusal-signed-out"),
        (C::ReauthenticationRequired, _) => say("refusal-reauthentication-required"),
        (C::Forbidden, _) => say("refusal-forbidden"),
        (C::NotFound, _) => say("refusal-not-found"),
        (C::WrongState, Some(D::State { state })) => {
            message!(words(), lang, "refusal-wrong-state", state = state.as_str())
        }
        (C::AlreadyCompleted, _) => say("refusal-already-completed"),
        (C::OpenMergeExists, Some(D::OpenMerge { mpn_id })) => {
            message!(words(), lang, "refusal-open-merge-exists", mpn_id)
        }
        (C::InviteeUnavailable, _) => say("refusal-invitee-unavailable"),
        (C::StalePreview, _) => say("refusal-stale-preview"),
        (C::RightsNotAcknowledged, _) => say("refusal-rights-not-acknowledged"),
        (C::CannotMerge, _) => {
            let why = plan_refusal.map_or_else(|| message.to_string(), |r| r.describe_in(lang));
            message!(words(), lang, "refusal-cannot-merge", why)
        }
        (C::TooManyInvitations, Some(D::RetryAfter { seconds })) => {
            let minutes = seconds.div_ceil(60);
            message!(words(), lang, "refusal-too-many-invitations", minutes)
        }
        (C::ReasonTooLong, Some(D::Limit { max })) => {
            message!(words(), lang, "refusal-reason-too-long", max = *max)
        }
        (C::InvalidText, _) => say("refusal-invalid-text"),
        (C::MalformedMpnId, _) => say("refusal-malformed-mpn-id"),
        (C::SelfMerge, _) => say("refusal-self-merge"),
        (
            C::LocationId,
            Some(D::LocationOf {
                company,
                global_mpn_id,
            }),
        ) => message!(words(), lang, "refusal-location-id", company, global_mpn_id),
        (C::MergedAway, _) => say("refusal-merged-away"),
        (C::UnknownAccount, _) => say("refusal-unknown-account"),
        (C::LastAdmin, _) => say("refusal-last-admin"),
        (C::InvalidReissue, _) => say("refusal-invalid-reissue"),
        (C::ReissueConflicts, Some(D::ReissueConflicts { conflicts })) => {
            let each: Vec<String> = conflicts.iter().map(|c| c.describe_in(lang)).collect();
            let conflicts = each.join("; ");
            message!(words(), lang, "refusal-reissue-conflicts", conflicts)
        }
        (C::TooManyRequests, _) => say("refusal-too-many-requests"),
        (C::Busy, _) => say("refusal-busy"),
        (C::RequestTimeout, _) => say("refusal-request-timeout"),
        (C::ProviderUnavailable, _) => say("refusal-provider-unavailable"),
        // A client's mistake the app does not make, the server's own failure, or a code
        // without the details its sentence needs: the API's words inside ours.
        _ => message!(words(), lang, "refusal-other", message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_read_in_each_language_from_their_code_and_details() {
        let state = ErrorDetails::State {
            state: RequestState::Cancelled,
        };
        let english = "merge request 7 is cancelled; it cannot be accepted";
        let read = |lang| refusal_in(ErrorCode::WrongState, Some(&state), None, english, lang);
        assert_eq!(read(Lang::En), english);
        assert_eq!(
            read(Lang::Nl),
            "Dit kan niet meer: het verzoek is geannuleerd."
        );
        assert_eq!(
            read(Lang::De),
            "Das ist nicht mehr möglich: Die Anfrage ist abgebrochen."
        );
        let refusal = PlanError::SelfMerge {
            mpn_id: "1111111".into(),
        };
        let why = refusal_in(
            ErrorCode::CannotMerge,
            None,
            Some(&refusal),
            &refusal.to_string(),
            Lang::De,
        );
        assert_eq!(
            why,
            "Diese Konten können nicht zusammengeführt werden: Konto 1111111 kann nicht mit sich \
             selbst zusammengeführt werden; laden Sie die globale PartnerID eines anderen \
             Unternehmens ein"
        );
        assert_eq!(RequestState::Pending.word(Lang::De), "Ausstehend");
        assert_eq!(
            HistoryEventKind::Reissued.word(Lang::Nl),
            "Gebruikers overgezet"
        );
    }
}
