//! The report to sign: a document of its own, printed from the preview, the sandbox or an
//! applied merge's report page. Page 1 has the status, who made it and when, the parties, the
//! consent trail and what is lost; then the merged account, the changes, what is not merged,
//! the checklist and room to sign. Every page's margin carries the companies, the plan's day
//! and the fingerprint, once (style/main.css's print rules hide everything else).

use std::sync::Arc;

use leptos::prelude::*;
use merge_api_types::MergeRequest;
use merge_core::{Lang, MergePlan, RightsAfterMerge, Weight};

use super::changes::{not_merged_items, MarkedChanges};
use crate::i18n::{t, td_string, use_i18n};
use crate::language::use_lang;
use crate::time::{local_time, now};
use crate::view_model::{page_margin_css, RightsReading, DRAWN_WHOLE};

/// Where the plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportStatus {
    /// In the sandbox: no request, nothing to apply.
    Trial,
    /// Accepted, not confirmed yet.
    Proposed,
    /// Confirmed and applied.
    Applied,
}

impl ReportStatus {
    fn name(self) -> &'static str {
        match self {
            Self::Trial => "trial",
            Self::Proposed => "proposed",
            Self::Applied => "applied",
        }
    }
}

/// The merged account's rows: its PGA, then each location with where it came from.
fn location_rows(plan: &MergePlan, lang: Lang) -> Vec<impl IntoView> {
    let result = &plan.result;
    let pga = (
        result.global_mpn_id.to_string(),
        result.company.clone(),
        String::from("PGA"),
    );
    std::iter::once(pga)
        .chain(result.locations.iter().map(|l| {
            let note = l.joined(&result.company).map(|j| j.describe_in(lang)).unwrap_or_default();
            (l.mpn_id.to_string(), l.name.clone(), note)
        }))
        .map(|(id, name, note)| view! { <tr><td><code>{id}</code></td><td>{name}</td><td>{note}</td></tr> })
        .collect()
}

/// "Print the report", which prints the [`Report`] beside it.
#[component]
pub fn PrintButton() -> impl IntoView {
    let i18n = use_i18n();
    // Reports of large accounts build their tables at `beforeprint`: it is announced first and
    // the dialog opened once they are built, since the browser's own `beforeprint` comes while
    // this handler still runs, before the page can change.
    let print = move |_| {
        if let Ok(announce) = web_sys::Event::new("beforeprint") {
            let _ = window().dispatch_event(&announce);
        }
        set_timeout(
            || {
                let _ = window().print();
            },
            std::time::Duration::ZERO,
        );
    };
    view! {
        <button class="secondary no-print" on:click=print>{t!(i18n, preview.print)}</button>
    }
}

#[component]
pub fn Report(
    #[prop(into)] plan: Arc<MergePlan>,
    status: ReportStatus,
    /// The request and its consent trail; none in the sandbox.
    #[prop(optional)]
    request: Option<MergeRequest>,
    /// Who prints it, when signed in.
    #[prop(optional)]
    generated_by: Option<String>,
    /// Shown on the screen too (the report page), not only printed.
    #[prop(optional)]
    on_screen: bool,
    /// Who gains (or gained) which rights under the server's reading (R23, A3); none in the
    /// sandbox.
    #[prop(optional, into)]
    rights: Option<Arc<RightsAfterMerge>>,
) -> impl IntoView {
    let lang = use_lang();
    let class = if on_screen {
        "report on-screen"
    } else {
        "report"
    };
    // A report only printed, of a large account, builds its table of locations when printing
    // begins (`beforeprint`, which the print button, the browser's menu and a PDF export all
    // fire): on the screen it is hidden, and 10,001 rows cost the sandbox's preview ~200 ms of
    // its first paint (docs/performance.md).
    let deferred = !on_screen && plan.result.locations.len() > DRAWN_WHOLE;
    let printing = RwSignal::new(!deferred);
    if deferred {
        let listening = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
        on_cleanup(move || listening.remove());
    }
    move || {
        let lang = lang.get();
        let locale = lang;
        let plan = plan.clone();
        let (initiator, invitee) = (&plan.initiator, &plan.invitee);
        let top = td_string!(
            locale,
            print.running,
            initiator = initiator.company.clone(),
            invitee = invitee.company.clone(),
            date = lang.date(plan.as_of)
        );
        let bottom = td_string!(
            locale,
            print.fingerprint,
            fingerprint = plan.fingerprint.to_string()
        );
        // Each page says where the plan stands: a loose page of a proposal is not a record.
        let status_word = match status {
            ReportStatus::Trial => td_string!(locale, report.status_trial),
            ReportStatus::Proposed => td_string!(locale, report.status_proposed),
            ReportStatus::Applied => td_string!(locale, report.status_applied),
        };
        let top = format!("{top} · {status_word}");
        let margins = page_margin_css(&top, &bottom.to_string());
        let when = |at| local_time(at, lang);
        let status_line = match (status, &request) {
            (ReportStatus::Applied, Some(r)) => {
                td_string!(locale, report.applied, when = when(r.updated_at)).to_string()
            }
            (ReportStatus::Trial, _) => td_string!(locale, report.trial).to_string(),
            _ => td_string!(locale, report.proposed).to_string(),
        };
        let generated = match &generated_by {
            Some(who) => td_string!(
                locale,
                report.generated,
                when = when(now()),
                who = who.clone()
            )
            .to_string(),
            None => td_string!(locale, report.generated_anonymous, when = when(now())).to_string(),
        };
        let consent = request.as_ref().map(|r| {
            let invited = td_string!(
                locale,
                report.invited,
                who = r.created_by.clone(),
                when = when(r.created_at)
            )
            .to_string();
            let accepted = match (&r.accepted_by, r.accepted_at) {
                (Some(who), Some(at)) => {
                    td_string!(locale, report.accepted, who = who.clone(), when = when(at))
                        .to_string()
                }
                _ => String::new(),
            };
            let confirmed = match (status, &r.closed_by) {
                (ReportStatus::Applied, Some(who)) => td_string!(
                    locale,
                    report.confirmed,
                    who = who.clone(),
                    when = when(r.updated_at)
                )
                .to_string(),
                _ => td_string!(locale, report.not_confirmed).to_string(),
            };
            view! {
                <h2>{td_string!(locale, report.consent)}</h2>
                <ol class="consent">
                    <li>{invited}</li>
                    {(!accepted.is_empty()).then(|| view! { <li>{accepted}</li> })}
                    <li>{confirmed}</li>
                </ol>
            }
        });
        let reading = rights.as_ref().map(|r| r.reading).unwrap_or_default();
        let consequences = plan.consequences_under(reading);
        let deal = plan.deal.map(|deal| {
            view! {
                <h2>{td_string!(locale, reading.deal)}</h2>
                <p class="deal">{deal.describe_in(&plan, lang)}</p>
            }
        });
        let who_gains = rights.as_ref().map(|rights| {
            let RightsReading { reading, tenants } = RightsReading::of(rights, lang);
            view! {
                <section class="who-gains">
                    <h2>{td_string!(locale, reading.rights)}</h2>
                    <p class="reading">{reading}</p>
                    {super::rights::tenant_lists(tenants)}
                </section>
            }
        });
        let (heavy, stays): (Vec<_>, Vec<_>) = consequences
            .iter()
            .partition(|c| c.weight() != Weight::Stays);
        let lines = |list: Vec<&merge_core::Consequence>| {
            list.into_iter()
                .map(|c| view! { <li>{c.describe_in(lang)}</li> })
                .collect::<Vec<_>>()
        };
        let heavy_part = if heavy.is_empty() {
            view! { <p>{td_string!(locale, consequences.nothing_lost)}</p> }.into_any()
        } else {
            view! {
                <h2>{td_string!(locale, consequences.lost)}</h2>
                <ul class="lost">{lines(heavy)}</ul>
            }
            .into_any()
        };
        let locations = {
            let plan = plan.clone();
            move || printing.get().then(|| location_rows(&plan, lang))
        };
        let checklist = plan
            .checklist_in(lang)
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect::<Vec<_>>();
        let signatures = [&initiator.company, &invitee.company]
            .into_iter()
            .map(|company| {
                view! {
                    <div class="signature">
                        <p><strong>{td_string!(locale, report.on_behalf, company = company.clone())}</strong></p>
                        <p>{td_string!(locale, report.name)}</p>
                        <p>{td_string!(locale, report.signature)}</p>
                        <p>{td_string!(locale, report.date)}</p>
                    </div>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <article class=class data-status=status.name() aria-labelledby="report-title">
                <style>{margins}</style>
                <h1 id="report-title">{td_string!(locale, report.title)}</h1>
                <p class="report-title-line">{match status {
                    ReportStatus::Applied => td_string!(locale, merged.title, initiator = initiator.company.clone(), invitee = invitee.company.clone()).to_string(),
                    _ => td_string!(locale, preview.title, initiator = initiator.company.clone(), invitee = invitee.company.clone()).to_string(),
                }}</p>
                <p class="report-status"><strong>{status_line}</strong></p>
                <p>{generated}</p>
                <p>{td_string!(locale, report.as_of, date = lang.date(plan.as_of))}</p>
                <h2>{td_string!(locale, report.parties)}</h2>
                <table class="parties">
                    <thead><tr>
                        <th scope="col">{td_string!(locale, report.role)}</th>
                        <th scope="col">{td_string!(locale, report.company)}</th>
                        <th scope="col">{td_string!(locale, report.global_id)}</th>
                    </tr></thead>
                    <tbody>
                        <tr><td>{td_string!(locale, report.initiator)}</td><td>{initiator.company.clone()}</td><td><code>{initiator.global_mpn_id.to_string()}</code></td></tr>
                        <tr><td>{td_string!(locale, report.invitee)}</td><td>{invitee.company.clone()}</td><td><code>{invitee.global_mpn_id.to_string()}</code></td></tr>
                    </tbody>
                </table>
                {deal}
                {consent}
                {heavy_part}
                {who_gains}
                <h2>{td_string!(locale, consequences.stays)}</h2>
                <ul>{lines(stays)}</ul>
                <h2>{td_string!(locale, report.merged_account)}</h2>
                <table class="locations"><tbody>{locations}</tbody></table>
                <h2>{td_string!(locale, report.changes)}</h2>
                <ul class="marked"><MarkedChanges changes=plan.changes.clone() /></ul>
                <h2>{td_string!(locale, reading.not_merged)}</h2>
                <ul class="marked">{not_merged_items(plan.not_merged.describe_in(lang))}</ul>
                <h2>{td_string!(locale, preview.checklist)}</h2>
                <ol>{checklist}</ol>
                <section class="sign-off">
                    <h2>{td_string!(locale, report.sign)}</h2>
                    <div class="signatures">{signatures}</div>
                </section>
            </article>
        }
    }
}
