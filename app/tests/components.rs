//! The preview's components in headless Chromium: mounted with `mount_to`, read after `tick`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use merge_app::i18n::{use_i18n, I18nContextProvider};
use merge_app::pages::{
    AccountTree, AtAGlance, ConfirmDialog, ConsequenceBars, TenantUsers, Timeline,
};
use merge_app::view_model::{account_tree, NodeKind, TreeNode, UserRow};
use merge_core::{plan_merge, read_snapshot, summarize, Lang, MergePlan};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn e1() -> MergePlan {
    let contoso = read_snapshot(include_str!("../../fixtures/contoso.json")).unwrap();
    let fabricam = read_snapshot(include_str!("../../fixtures/fabricam.json")).unwrap();
    plan_merge(
        &contoso,
        &fabricam,
        merge_core::parse_date("2020-05-15").unwrap(),
    )
    .unwrap()
}

/// E1 accepted by fiona, as the preview's request carries it.
fn accepted_request() -> merge_api_types::MergeRequest {
    let at = chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap();
    let party = |mpn_id: &str, company: &str| merge_api_types::AccountRef {
        mpn_id: mpn_id.into(),
        company: company.into(),
    };
    merge_api_types::MergeRequest {
        id: 1,
        initiator: party("1111111", "Contoso"),
        invitee: party("3333333", "Fabricam"),
        state: merge_api_types::RequestState::Accepted,
        reason: None,
        created_by: "alice@contoso.com".into(),
        created_at: at,
        updated_at: at,
        accepted_by: Some("fiona@fabricam.com".into()),
        accepted_at: Some(at),
        closed_by: None,
        deal: None,
    }
}

/// A fresh container in the page, with `view` mounted into it in English.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + Send + 'static) -> web_sys::HtmlElement {
    mount_in(Lang::En, view)
}

/// A fresh container in the page, with `view` mounted into it in `locale`'s words.
fn mount_in<V: IntoView + 'static>(
    locale: Lang,
    view: impl FnOnce() -> V + Send + 'static,
) -> web_sys::HtmlElement {
    let document = document();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let in_language = move || {
        // After the provider's own effect, which starts from the browser's language.
        let i18n = use_i18n();
        Effect::new(move || i18n.set_locale(locale));
        view()
    };
    leptos::mount::mount_to(container.clone(), move || {
        view! {
            <I18nContextProvider>
                {in_language()}
            </I18nContextProvider>
        }
    })
    .forget();
    container
}

fn all(container: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let found = container.query_selector_all(selector).unwrap();
    (0..found.length())
        .map(|i| found.item(i).unwrap().unchecked_into())
        .collect()
}

fn attribute(elements: &[web_sys::Element], name: &str) -> Vec<String> {
    elements
        .iter()
        .map(|e| e.get_attribute(name).unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_preview_tree_marks_moved_and_demoted_locations() {
    let result = e1().result;
    let container = mount(
        move || view! { <AccountTree label="Contoso" nodes=account_tree(&result, Lang::En) /> },
    );
    tick().await;
    assert_eq!(
        attribute(&all(&container, "li"), "data-mpn"),
        ["1111111", "2222222", "3333333", "4444444", "5555555"]
    );
    assert_eq!(
        attribute(&all(&container, ".demoted"), "data-mpn"),
        ["3333333"]
    );
    assert_eq!(
        attribute(&all(&container, ".moved"), "data-mpn"),
        ["4444444", "5555555"]
    );
    assert_eq!(
        all(&container, ".pga .kind")[0].text_content().unwrap(),
        "PGA "
    );
}

/// Resolves at the next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Scrolls a large list's window to its end and waits until the rows there are drawn.
async fn scroll_to_end(window: &web_sys::HtmlElement) {
    window.set_scroll_top(window.scroll_height());
    next_frame().await;
    next_frame().await;
    tick().await;
}

/// The app's stylesheet in the test page, once: a large tree's window scrolls by it.
fn with_app_style() {
    let document = document();
    if document.get_element_by_id("app-style").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("app-style");
        style.set_text_content(Some(include_str!("../../style/main.css")));
        document.head().unwrap().append_child(&style).unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_large_tree_draws_only_rows_in_view_and_reaches_the_last_by_scrolling_or_filter() {
    with_app_style();
    let nodes: Vec<TreeNode> = (0..10_000)
        .map(|i| TreeNode {
            mpn_id: format!("{}", 70_000_000 + i),
            name: format!("Site {i}"),
            kind: if i == 0 {
                NodeKind::Pga
            } else {
                NodeKind::Location
            },
            note: None,
        })
        .collect();
    let container = mount(move || view! { <AccountTree label="Big" nodes=nodes /> });
    tick().await;
    let rows = || all(&container, "li");
    assert!(rows().len() <= 200, "{} rows in the DOM", rows().len());
    assert_eq!(
        rows()[0].get_attribute("data-mpn").as_deref(),
        Some("70000000")
    );
    assert_eq!(
        rows()[0].get_attribute("aria-setsize").as_deref(),
        Some("10000")
    );
    assert_eq!(
        all(&container, ".count")[0].text_content().unwrap(),
        "Showing 10,000 of 10,000"
    );

    // Scrolled to the end, the last row is drawn, and still no more than a window's worth.
    let window: web_sys::HtmlElement = all(&container, ".list-window")[0].clone().unchecked_into();
    assert!(window.client_height() > 0 && window.client_height() < 1_000);
    scroll_to_end(&window).await;
    assert!(rows().len() <= 200, "{} rows in the DOM", rows().len());
    let last = rows()
        .into_iter()
        .find(|r| r.get_attribute("data-mpn").as_deref() == Some("70009999"));
    let last = last.expect("the last row is drawn at the end");
    assert_eq!(
        last.get_attribute("aria-posinset").as_deref(),
        Some("10000")
    );
    let (shown, box_) = (
        last.get_bounding_client_rect(),
        window.get_bounding_client_rect(),
    );
    assert!(
        shown.top() >= box_.top() && shown.bottom() <= box_.bottom() + 1.0,
        "in view"
    );

    // The filter finds it too, by MPN ID or by name in any case.
    let filter: web_sys::HtmlInputElement = all(&container, "input[type=search]")[0]
        .clone()
        .unchecked_into();
    let type_in = |text: &str| {
        filter.set_value(text);
        let event = web_sys::Event::new("input").unwrap();
        filter.dispatch_event(&event).unwrap();
    };
    type_in("70009999");
    tick().await;
    assert_eq!(attribute(&rows(), "data-mpn"), ["70009999"]);
    assert_eq!(attribute(&rows(), "aria-setsize"), ["1"]);
    assert_eq!(
        all(&container, ".count")[0].text_content().unwrap(),
        "Showing 1 of 10,000"
    );
    type_in("SITE 999");
    tick().await;
    assert_eq!(
        attribute(&rows(), "data-mpn"),
        [
            "70000999", "70009990", "70009991", "70009992", "70009993", "70009994", "70009995",
            "70009996", "70009997", "70009998", "70009999"
        ]
    );
    type_in("tailspin");
    tick().await;
    assert!(rows().is_empty());
    assert_eq!(
        all(&container, ".large-list .hint")[0]
            .text_content()
            .unwrap(),
        "Nothing matches “tailspin”."
    );
}

#[wasm_bindgen_test]
async fn a_tenant_of_100_000_users_draws_only_rows_in_view_and_finds_one_by_role() {
    with_app_style();
    let users: Vec<UserRow> = (0..100_000)
        .map(|i| UserRow {
            email: format!("user{i}@fabricam.com"),
            roles: match i {
                77_777 => "Referrals admin".into(),
                _ => format!(
                    "Incentives user · Site {} ({})",
                    i % 100,
                    70_000_000 + i % 100
                )
                .into(),
            },
        })
        .collect();
    let container =
        mount(move || view! { <TenantUsers label="Users of fabricam.com" users=users /> });
    tick().await;
    let rows = || all(&container, "li");
    assert!(rows().len() <= 200, "{} rows in the DOM", rows().len());
    assert_eq!(
        all(&container, ".count")[0].text_content().unwrap(),
        "Showing 100,000 of 100,000"
    );
    let window: web_sys::HtmlElement = all(&container, ".list-window")[0].clone().unchecked_into();
    assert_eq!(
        window.get_attribute("aria-label").as_deref(),
        Some("Users of fabricam.com")
    );
    scroll_to_end(&window).await;
    assert!(rows().len() <= 200, "{} rows in the DOM", rows().len());
    let last = rows()
        .into_iter()
        .find(|r| r.get_attribute("data-email").as_deref() == Some("user99999@fabricam.com"));
    assert_eq!(
        last.expect("the last user is drawn at the end")
            .get_attribute("aria-posinset")
            .as_deref(),
        Some("100000")
    );

    let filter: web_sys::HtmlInputElement = all(&container, "input[type=search]")[0]
        .clone()
        .unchecked_into();
    filter.set_value("referrals");
    filter
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(attribute(&rows(), "data-email"), ["user77777@fabricam.com"]);
    assert_eq!(
        rows()[0].text_content().unwrap(),
        "user77777@fabricam.com: Referrals admin"
    );
}

#[wasm_bindgen_test]
async fn the_timeline_draws_each_package_and_the_renewal_dates() {
    let plan = e1();
    let container = mount(move || view! { <Timeline plan=plan /> });
    tick().await;
    let svg = &all(&container, "svg")[0];
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Renewal timeline from 15 May 2020")
    );
    // Packages end at 2020-10-01 and 2020-12-01 on a 520-wide axis running to 2021-03-31.
    assert_eq!(attribute(&all(&container, "rect"), "width"), ["225", "325"]);
    let labels: Vec<String> = all(&container, ".mark text")
        .iter()
        .map(|t| t.text_content().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "Consolidated renewal",
            "1 Dec 2020",
            "Action Pack anniversary",
            "1 Oct 2020",
            "Azure Expert MSP renewal",
            "31 Mar 2021"
        ]
    );
}

/// E1's plan with its dates moved: as of, the two packages' expiries, then the consolidated
/// renewal, the Action Pack anniversary and the MSP renewal.
fn e1_dated(as_of: &str, packages: [&str; 2], marks: [&str; 3]) -> MergePlan {
    let day = |text: &str| merge_core::parse_date(text).unwrap();
    let mut plan = e1();
    plan.as_of = day(as_of);
    for (package, expires) in plan.benefit_packages.iter_mut().zip(packages) {
        package.expires = day(expires);
    }
    plan.renewal.date = Some(day(marks[0]));
    plan.renewal.action_pack_anniversary = Some(day(marks[1]));
    plan.renewal.azure_expert_msp_renewal = Some(day(marks[2]));
    plan
}

/// The chart's drawn texts, each with its box on the page.
fn drawn_texts(container: &web_sys::HtmlElement) -> Vec<(String, web_sys::DomRect)> {
    all(container, "svg text")
        .iter()
        .map(|t| (t.text_content().unwrap(), t.get_bounding_client_rect()))
        .collect()
}

fn assert_no_text_overlaps(container: &web_sys::HtmlElement) {
    let texts = drawn_texts(container);
    for (i, (a, r)) in texts.iter().enumerate() {
        assert!(r.width() > 0.0, "{a:?} is drawn");
        for (b, s) in &texts[i + 1..] {
            let apart = r.right() <= s.left()
                || s.right() <= r.left()
                || r.bottom() <= s.top()
                || s.bottom() <= r.top();
            assert!(
                apart,
                "{a:?} at {:?} overlaps {b:?} at {:?}",
                (r.left(), r.top(), r.right(), r.bottom()),
                (s.left(), s.top(), s.right(), s.bottom())
            );
        }
    }
}

fn ticks(container: &web_sys::HtmlElement) -> Vec<String> {
    all(container, ".tick text")
        .iter()
        .map(|t| t.text_content().unwrap())
        .collect()
}

/// E1 with everything within three weeks, two events on one day.
fn three_weeks() -> MergePlan {
    e1_dated(
        "2026-12-02",
        ["2026-12-10", "2026-12-10"],
        ["2026-12-10", "2026-12-03", "2026-12-23"],
    )
}

/// The timeline's dates in words, as a screen reader reads them.
fn read_aloud(container: &web_sys::HtmlElement) -> Vec<String> {
    all(container, ".timeline-words li")
        .iter()
        .map(|li| li.text_content().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn a_timeline_of_weeks_has_weekly_ticks_and_no_overlapping_labels() {
    let plan = three_weeks();
    let container = mount(move || view! { <Timeline plan=plan /> });
    tick().await;
    assert_no_text_overlaps(&container);
    assert_eq!(ticks(&container), ["Dec 7", "Dec 14", "Dec 21"]);
    assert_eq!(
        read_aloud(&container),
        [
            "Contoso's package: until 10 December 2026",
            "Fabricam's package: until 10 December 2026",
            "Consolidated renewal: 10 December 2026",
            "Action Pack anniversary: 3 December 2026",
            "Azure Expert MSP renewal: 23 December 2026",
        ]
    );
}

#[wasm_bindgen_test]
async fn a_dutch_timeline_of_weeks_reads_in_dutch_with_no_overlapping_labels() {
    let plan = three_weeks();
    let container = mount_in(Lang::Nl, move || view! { <Timeline plan=plan /> });
    tick().await;
    assert_no_text_overlaps(&container);
    assert_eq!(ticks(&container), ["7 dec", "14 dec", "21 dec"]);
    let svg = &all(&container, "svg")[0];
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Tijdlijn van de verlengingen vanaf 2 december 2026")
    );
    assert_eq!(
        read_aloud(&container),
        [
            "Pakket van Contoso: tot 10 december 2026",
            "Pakket van Fabricam: tot 10 december 2026",
            "Gezamenlijke verlenging: 10 december 2026",
            "Jubileumdatum Action Pack: 3 december 2026",
            "Verlenging Azure Expert MSP: 23 december 2026",
        ]
    );
}

#[wasm_bindgen_test]
async fn a_timeline_of_years_has_yearly_ticks_and_no_overlapping_labels() {
    // The plan's date first, packages years apart, the MSP renewal six years on.
    let plan = e1_dated(
        "2026-12-02",
        ["2027-01-15", "2029-06-30"],
        ["2029-06-30", "2027-01-20", "2032-12-31"],
    );
    let container = mount(move || view! { <Timeline plan=plan /> });
    tick().await;
    assert_no_text_overlaps(&container);
    assert_eq!(
        ticks(&container),
        ["2027", "2028", "2029", "2030", "2031", "2032"]
    );
    // The plan's date is the first drawn: the as-of line stands at the axis's start.
    let as_of = &all(&container, ".as-of line")[0];
    assert_eq!(as_of.get_attribute("x1").as_deref(), Some("190"));
}

#[wasm_bindgen_test]
async fn the_confirm_dialog_is_modal_focuses_the_name_waits_for_it_and_gives_focus_back() {
    let request = accepted_request();
    let rights = e1().rights(merge_core::AdminReading::OwnTenants, &[]);
    let container = mount(move || {
        view! {
            <ConfirmDialog plan=e1() request=request.clone() rights=rights.clone() review_new=|_| {} on_merged=|_| {} />
        }
    });
    tick().await;
    let dialog: web_sys::HtmlDialogElement = all(&container, "dialog")[0].clone().unchecked_into();
    assert!(!dialog.open(), "closed until asked for");
    let open: web_sys::HtmlElement = all(&container, "button")[0].clone().unchecked_into();
    assert_eq!(open.text_content().unwrap(), "Confirm merge…");
    open.click();
    tick().await;
    assert!(dialog.open());
    assert!(
        dialog.matches(":modal").unwrap(),
        "shown with showModal: the page behind is inert"
    );
    let input: web_sys::HtmlInputElement = all(&container, "#confirm-company")[0]
        .clone()
        .unchecked_into();
    assert_eq!(
        document().active_element().unwrap().id(),
        "confirm-company",
        "focus moves into the dialog"
    );
    let merge: web_sys::HtmlButtonElement = all(&container, "dialog button.danger")[0]
        .clone()
        .unchecked_into();
    assert!(merge.disabled(), "disabled until the company name is typed");
    // Titled with the action, restating what is lost and who accepted.
    assert_eq!(
        texts(&container, "#confirm-title"),
        ["Merge Fabricam into Contoso?"]
    );
    assert!(
        texts(&container, "dialog ul.lost li")[0].starts_with("Fabricam's bank and tax profile")
    );
    assert!(texts(&container, "dialog .acceptance")[0]
        .starts_with("fiona@fabricam.com accepted for Fabricam on "));
    let type_in = |text: &str| {
        input.set_value(text);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    type_in("Contoso");
    tick().await;
    assert!(
        merge.disabled(),
        "the initiator's own name does not confirm"
    );
    type_in("Fabrica");
    tick().await;
    assert!(merge.disabled());
    type_in("Fabricam");
    tick().await;
    assert!(
        merge.disabled(),
        "disabled until who gains which rights is acknowledged"
    );
    // It restates who gains which rights: the reading, then who acts for the merged account.
    let restated = texts(&container, "dialog .rights li");
    assert!(restated[0].starts_with("Only the admins of Contoso's own Microsoft Entra tenants"));
    assert_eq!(
        restated[2],
        "fiona@fabricam.com (fabricam.com) does not act for the merged account"
    );
    let acknowledge: web_sys::HtmlInputElement = all(&container, "#confirm-rights-acknowledged")[0]
        .clone()
        .unchecked_into();
    acknowledge.click();
    tick().await;
    assert!(!merge.disabled());

    // Back closes it; the close event gives focus back to the opener.
    let back: web_sys::HtmlElement = all(&container, "dialog button.secondary")[0]
        .clone()
        .unchecked_into();
    back.click();
    next_frame().await;
    assert!(!dialog.open());
    assert_eq!(
        document().active_element().unwrap().text_content().unwrap(),
        "Confirm merge…",
        "focus is back on the button that opened the dialog"
    );
    // Opened again, it starts empty and unacknowledged.
    open.click();
    tick().await;
    assert_eq!(input.value(), "");
    assert!(!acknowledge.checked());
    assert!(merge.disabled());
    dialog.close();
}

fn texts(container: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    all(container, selector)
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn the_summary_counts_before_and_after() {
    let contoso = read_snapshot(include_str!("../../fixtures/contoso.json")).unwrap();
    let fabricam = read_snapshot(include_str!("../../fixtures/fabricam.json")).unwrap();
    let summary = summarize(&e1(), &contoso, &fabricam);
    let container = mount(move || {
        view! { <AtAGlance summary=summary initiator="Contoso".to_string() invitee="Fabricam".to_string() /> }
    });
    tick().await;
    assert_eq!(
        texts(&container, "thead th"),
        ["Contoso", "Fabricam", "After the merge"]
    );
    assert_eq!(
        texts(&container, "tbody tr"),
        [
            "Locations (with the PGA)235",
            "Tenants112",
            "Users235",
            "Competencies123"
        ]
    );
}

#[wasm_bindgen_test]
async fn what_is_lost_comes_first_and_the_all_clear_only_when_nothing_is() {
    let plan = e1();
    let container = mount(move || view! { <ConsequenceBars consequences=plan.consequences() /> });
    tick().await;
    let bars = all(&container, ".message-bar");
    assert!(
        bars[0].class_name().contains("warning"),
        "{}",
        bars[0].class_name()
    );
    assert!(texts(&container, ".message-bar.warning li")[0]
        .starts_with("Fabricam's bank and tax profile"));
    assert!(all(&container, ".all-clear").is_empty());

    // Only what stays: the all-clear first, what stays after it.
    let mut bare = read_snapshot(include_str!("../../fixtures/fabricam.json")).unwrap();
    bare.bank_tax_profile = None;
    bare.users.retain(|u| !u.is_account_admin());
    bare.competencies.clear();
    bare.action_pack = None;
    bare.azure_expert_msp = None;
    bare.benefit_tokens.clear();
    let contoso = read_snapshot(include_str!("../../fixtures/contoso.json")).unwrap();
    let plan = plan_merge(
        &contoso,
        &bare,
        merge_core::parse_date("2020-05-15").unwrap(),
    )
    .unwrap();
    let container = mount(move || view! { <ConsequenceBars consequences=plan.consequences() /> });
    tick().await;
    assert_eq!(
        texts(&container, ".message-bar")[0],
        "Nothing is lost: everything both companies hold is carried over."
    );
    assert!(all(&container, ".message-bar.warning").is_empty());
    assert_eq!(all(&container, ".message-bar.stays li").len(), 2);
}
