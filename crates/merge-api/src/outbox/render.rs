//! An email as its recipient reads it: the words from the catalogue (`locales/<lang>/email.ftl`)
//! in their language, laid out by the templates in `templates/` (plain text and HTML, the HTML
//! escaped by minijinja).

use std::sync::{LazyLock, OnceLock};

use merge_core::{AdminReading, Arg, Catalogue, Lang};
use minijinja::{context, Environment};
use url::Url;

use super::{Facts, MessageKind};

/// `email.ftl` in every language.
fn words() -> &'static Catalogue {
    static WORDS: OnceLock<Catalogue> = OnceLock::new();
    WORDS.get_or_init(|| {
        Catalogue::new(|lang| {
            vec![match lang {
                Lang::En => include_str!("../../../../locales/en/email.ftl"),
                Lang::Nl => include_str!("../../../../locales/nl/email.ftl"),
                Lang::De => include_str!("../../../../locales/de/email.ftl"),
            }]
        })
    })
}

/// The templates, by name; `.html` ones escape what they are given.
static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.add_template("email.txt", include_str!("../../templates/email.txt"))
        .expect("the text template parses");
    env.add_template("email.html", include_str!("../../templates/email.html"))
        .expect("the HTML template parses");
    env
});

/// Where an email of `kind` takes its reader in the app (a path under the public URL, without
/// its leading `/`), and the words of its button.
pub fn link(kind: MessageKind, request_id: i64, invitee_side: bool) -> (&'static str, String) {
    match kind {
        MessageKind::Invited => ("email-open-invitation", format!("merges/{request_id}")),
        MessageKind::Accepted => ("email-open-request", format!("merges/{request_id}/preview")),
        MessageKind::Completed => ("email-open-report", format!("merges/{request_id}/report")),
        // Whoever must act: the invitee on the invitation, the initiator on the preview.
        MessageKind::Expiring if invitee_side => {
            ("email-open-invitation", format!("merges/{request_id}"))
        }
        MessageKind::Expiring => ("email-open-request", format!("merges/{request_id}/preview")),
        MessageKind::Rejected
        | MessageKind::Cancelled
        | MessageKind::Reissued
        | MessageKind::Expired => ("email-open-history", "history".to_string()),
    }
}

/// An email ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The email of `kind` about request `request_id`, in `lang`, linking into the app at
/// `public_url`.
pub fn email(
    kind: MessageKind,
    facts: &Facts,
    lang: Lang,
    public_url: &Url,
    request_id: i64,
) -> Result<Email, String> {
    let words = words();
    let mut args: Vec<(&str, Arg<'_>)> = vec![
        ("initiator", Arg::from(&facts.initiator)),
        ("invitee", Arg::from(&facts.invitee)),
        ("actor", Arg::from(&facts.actor)),
        ("company", Arg::from(&facts.company)),
    ];
    if let (Some(since), Some(expires), Some(days)) = (facts.since, facts.expires, facts.days) {
        args.push(("since", Arg::from(lang.date(since))));
        args.push(("expires", Arg::from(lang.date(expires))));
        args.push(("days", Arg::from(days)));
    }
    let say = |id: &str| words.say(lang, id, &args);
    let kind_id = kind.as_str();
    let subject = say(&format!("email-{kind_id}-subject"));
    let (link_id, path) = link(kind, request_id, facts.invitee_side);
    let link = public_url
        .join(&path)
        .map_err(|e| format!("link {path}: {e}"))?
        .to_string();
    let reason = facts
        .reason
        .as_deref()
        .map(|reason| words.say(lang, "email-rejected-reason", &[("reason", reason.into())]));
    let fingerprint = facts.fingerprint.as_deref().map(|fingerprint| {
        words.say(
            lang,
            "email-fingerprint",
            &[("fingerprint", fingerprint.into())],
        )
    });
    let deadline = match (kind, facts.expires) {
        (MessageKind::Invited | MessageKind::Accepted, Some(expires)) => Some(words.say(
            lang,
            &format!("email-{kind_id}-deadline"),
            &[("expires", lang.date(expires).into())],
        )),
        _ => None,
    };
    // What the companies agreed (R22), where the reader decides or keeps a record.
    let deal = match kind {
        MessageKind::Invited
        | MessageKind::Accepted
        | MessageKind::Expiring
        | MessageKind::Completed => facts
            .deal
            .map(|deal| say(&format!("email-deal-{}", deal.as_str()))),
        _ => None,
    };
    // Whose admins act for the merged account, as the deployment reads it (A3).
    let body = match (kind, facts.reading) {
        (MessageKind::Invited | MessageKind::Completed, Some(AdminReading::BothTenants)) => {
            say(&format!("email-{kind_id}-body-both-tenants"))
        }
        _ => say(&format!("email-{kind_id}-body")),
    };
    let as_of = facts
        .as_of
        .map(|date| words.say(lang, "email-as-of", &[("as_of", lang.date(date).into())]));
    let context = context! {
        lang => lang.tag(),
        subject => &subject,
        greeting => say("email-greeting"),
        body,
        deal,
        reason,
        deadline,
        fingerprint,
        as_of,
        link_label => say(link_id),
        // Our own public URL and path, serialized by `url` (percent-encoded, no quotes): safe
        // in an attribute as it is, and readable in the HTML source.
        link => minijinja::Value::from_safe_string(link),
        why => say("email-why"),
    };
    let render = |name: &str| {
        TEMPLATES
            .get_template(name)
            .and_then(|t| t.render(&context))
            .map_err(|e| format!("template {name}: {e}"))
    };
    Ok(Email {
        text: render("email.txt")?,
        html: render("email.html")?,
        subject,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            initiator: "Contoso".into(),
            invitee: "Fabricam <b>".into(),
            company: "Fabricam <b>".into(),
            invitee_side: true,
            actor: "alice@contoso.com".into(),
            reason: None,
            fingerprint: Some("sha256:abc".into()),
            as_of: chrono::NaiveDate::from_ymd_opt(2020, 5, 15),
            since: chrono::NaiveDate::from_ymd_opt(2020, 5, 1),
            expires: chrono::NaiveDate::from_ymd_opt(2020, 5, 15),
            days: Some(2),
            deal: None,
            reading: None,
        }
    }

    #[test]
    fn the_completion_email_carries_the_fingerprint_the_date_and_the_report_link() {
        let url = Url::parse("https://merge.example.com/").unwrap();
        let email = email(MessageKind::Completed, &facts(), Lang::Nl, &url, 7).unwrap();
        assert!(
            email.subject.starts_with("Bevestiging:"),
            "{}",
            email.subject
        );
        for part in [&email.text, &email.html] {
            assert!(part.contains("sha256:abc"), "{part}");
            assert!(part.contains("15 mei 2020"), "{part}");
            assert!(
                part.contains("https://merge.example.com/merges/7/report"),
                "{part}"
            );
        }
        // The HTML escapes what it is given; the text keeps it as written.
        assert!(email.html.contains("Fabricam &lt;b&gt;"), "{}", email.html);
        assert!(!email.html.contains("Fabricam <b>"));
        assert!(email.text.contains("Fabricam <b>"));
    }

    #[test]
    fn every_kind_renders_in_every_language() {
        let url = Url::parse("http://127.0.0.1:8080/").unwrap();
        for lang in Lang::ALL {
            for kind in [
                MessageKind::Invited,
                MessageKind::Accepted,
                MessageKind::Rejected,
                MessageKind::Cancelled,
                MessageKind::Completed,
                MessageKind::Reissued,
                MessageKind::Expiring,
                MessageKind::Expired,
            ] {
                let email = email(kind, &facts(), lang, &url, 1).unwrap();
                assert!(!email.subject.contains("email-"), "{lang} {kind:?}");
                assert!(!email.text.contains("email-"), "{lang} {kind:?}");
            }
        }
    }

    /// An invitation and an acceptance say by when the other side must act; the reminder takes
    /// whoever must act to the page where they do it.
    #[test]
    fn an_invitation_says_its_deadline_and_a_reminder_links_to_the_request() {
        let url = Url::parse("https://merge.example.com/").unwrap();
        for kind in [MessageKind::Invited, MessageKind::Accepted] {
            let email = email(kind, &facts(), Lang::En, &url, 7).unwrap();
            for part in [&email.text, &email.html] {
                assert!(part.contains("before 15 May 2020"), "{kind:?}: {part}");
            }
        }
        let email = email(MessageKind::Rejected, &facts(), Lang::En, &url, 7).unwrap();
        assert!(!email.text.contains("before 15 May 2020"), "{}", email.text);
        let invitee = email_link(MessageKind::Expiring, &facts(), &url);
        assert_eq!(invitee, "https://merge.example.com/merges/7");
        let initiator = Facts {
            invitee_side: false,
            company: "Contoso".into(),
            ..facts()
        };
        let initiator = email_link(MessageKind::Expiring, &initiator, &url);
        assert_eq!(initiator, "https://merge.example.com/merges/7/preview");
    }

    fn email_link(kind: MessageKind, facts: &Facts, url: &Url) -> String {
        let email = email(kind, facts, Lang::En, url, 7).unwrap();
        let line = email
            .text
            .lines()
            .find(|l| l.contains("https://"))
            .unwrap()
            .to_string();
        line.rsplit_once(": ").unwrap().1.to_string()
    }

    /// The deal kind (R22) is said where the reader decides or keeps a record, and whose admins
    /// act for the merged account follows the deployment's reading (A3).
    #[test]
    fn the_deal_and_the_reading_of_admin_rights_are_said_where_they_help() {
        let url = Url::parse("https://merge.example.com/").unwrap();
        let facts = Facts {
            deal: Some(merge_core::DealKind::Acquisition),
            ..facts()
        };
        let invited = email(MessageKind::Invited, &facts, Lang::En, &url, 7).unwrap();
        for part in [&invited.text, &invited.html] {
            assert!(
                part.contains("an acquisition, in which Contoso acquires"),
                "{part}"
            );
        }
        let a2 = "Contoso's account admins act for the merged account";
        assert!(invited.text.contains(a2), "{}", invited.text);
        let dutch = email(MessageKind::Completed, &facts, Lang::Nl, &url, 7).unwrap();
        assert!(dutch.text.contains("een overname"), "{}", dutch.text);
        let rejected = email(MessageKind::Rejected, &facts, Lang::En, &url, 7).unwrap();
        assert!(!rejected.text.contains("acquisition"), "{}", rejected.text);
        let both = Facts {
            reading: Some(AdminReading::BothTenants),
            ..facts
        };
        for lang in Lang::ALL {
            for kind in [MessageKind::Invited, MessageKind::Completed] {
                let email = email(kind, &both, lang, &url, 7).unwrap();
                assert!(!email.text.contains("email-"), "{lang} {kind:?}");
            }
        }
        let invited = email(MessageKind::Invited, &both, Lang::En, &url, 7).unwrap();
        assert!(
            invited
                .text
                .contains("the account admins of both Contoso and Fabricam <b> act"),
            "{}",
            invited.text
        );
    }

    /// A re-issue carries its plan's fingerprint but no as-of date: no empty line or "None"
    /// where the date would be.
    #[test]
    fn a_fingerprint_without_a_date_prints_no_missing_value() {
        let url = Url::parse("http://127.0.0.1:8080/").unwrap();
        let facts = Facts {
            as_of: None,
            ..facts()
        };
        for lang in Lang::ALL {
            let email = email(MessageKind::Reissued, &facts, lang, &url, 1).unwrap();
            for part in [&email.text, &email.html] {
                assert!(part.contains("sha256:abc"), "{part}");
                assert!(!part.contains("None"), "{part}");
            }
        }
    }
}
