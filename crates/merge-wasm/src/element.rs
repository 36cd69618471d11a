//! `<partner-merge-preview>`: before and after trees of a merge, for pages with no framework.
//!
//! ```html
//! <partner-merge-preview as-of="2020-05-15" lang="nl"></partner-merge-preview>
//! <script type="module">
//!   import init, { definePreviewElement } from "partner-merge/web";
//!   await init();
//!   definePreviewElement();
//!   const preview = document.querySelector("partner-merge-preview");
//!   preview.initiator = contoso;   // snapshots as plain objects
//!   preview.invitee = fabricam;
//! </script>
//! ```
//!
//! `admin-reading="both_tenants"` reads who gains which rights as Microsoft's current page does
//! (the admins of both companies' tenants act for the merged account); without it, or with
//! `own_tenants`, only the absorbing company's own tenants' admins do (A2, as our server's
//! default).
//!
//! Its sentences are in the element's `lang` (`en`, `nl` or `de`, inherited as HTML's `lang` is
//! not: the attribute on the element itself), English for any other. Like the CLI and the app,
//! it leads with what the merge costs, heaviest first; every sentence and heading is the
//! engine's (`locales/<lang>/engine.ftl`).

use merge_core::{
    engine, plan_merge_owned, read_snapshot, AdminReading, Joined, Lang, Location, MergePlan,
    MpnId, PlanError, PlanJsonError, RightsAfterMerge, Warning,
};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::bridge::json_text;
use crate::error::{into_error, DefineElementError, ErrorCode, PlanMergeError};

const DEFAULT_TAG: &str = "partner-merge-preview";

#[wasm_bindgen(module = "/js/preview-element.js")]
extern "C" {
    #[wasm_bindgen(js_name = registerPreviewElement)]
    fn register_preview_element(
        tag: &str,
        render: &Closure<dyn Fn(HtmlElement, JsValue, JsValue, JsValue)>,
    ) -> bool;
}

/// Registers the preview element under `tagName` (default `partner-merge-preview`). Calling it
/// again does nothing.
#[wasm_bindgen(js_name = definePreviewElement)]
pub fn define_preview_element(
    #[wasm_bindgen(js_name = tagName)] tag_name: Option<String>,
) -> Result<(), JsValue> {
    let tag = tag_name.unwrap_or_else(|| DEFAULT_TAG.to_string());
    let valid = tag.contains('-')
        && tag.starts_with(|c: char| c.is_ascii_lowercase())
        && tag.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.' || c == '_'
        });
    if !valid {
        return Err(into_error(DefineElementError::InvalidName { tag }));
    }
    let registry = js_sys::Reflect::get(&js_sys::global(), &"customElements".into());
    if registry.map_or(true, |r| r.is_undefined()) {
        return Err(into_error(DefineElementError::NoBrowser { tag }));
    }
    let render = Closure::<dyn Fn(HtmlElement, JsValue, JsValue, JsValue)>::new(render);
    if register_preview_element(&tag, &render) {
        // The class keeps calling it for as long as the page lives.
        render.forget();
    }
    Ok(())
}

/// Renders the preview of `initiator` absorbing `invitee` into the element's shadow root.
fn render(host: HtmlElement, initiator: JsValue, invitee: JsValue, as_of: JsValue) {
    let Some(document) = host.owner_document() else {
        return;
    };
    let root = match host.shadow_root() {
        Some(root) => root,
        None => match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(root) => root,
            Err(_) => return,
        },
    };
    root.set_inner_html("");
    let lang = host.lang().parse().unwrap_or_default();
    let view = View {
        document: &document,
        lang,
    };
    view.append(&root, view.style());
    let reading = match admin_reading(&host) {
        Ok(reading) => reading,
        Err(error) => return view.unknown_reading(&root, &error),
    };
    match plan_for(&initiator, &invitee, &as_of, lang) {
        Ok((before, warnings, plan)) => {
            // Snapshots given to an element have absorbed nobody in an earlier merge.
            let rights = plan.rights(reading, &[]);
            view.preview(&root, &before, &warnings, &plan, &rights)
        }
        Err(error) => view.failure(&root, &error),
    }
}

/// An `admin-reading` that is not one of the two readings: shown in the element, never a guess.
#[derive(Debug, thiserror::Error)]
#[error("admin-reading=\"{value}\" is not a reading of admin rights: write own_tenants (the default) or both_tenants")]
struct UnknownAdminReading {
    value: String,
}

/// The element's reading of admin rights (A3): `own_tenants` when the attribute is absent.
fn admin_reading(host: &HtmlElement) -> Result<AdminReading, UnknownAdminReading> {
    match host
        .get_attribute("admin-reading")
        .as_deref()
        .map(str::trim)
    {
        None | Some("") => Ok(AdminReading::default()),
        Some(value) => AdminReading::parse(value).ok_or_else(|| UnknownAdminReading {
            value: value.to_string(),
        }),
    }
}

/// The trees before, the warnings in `lang` and the plan.
fn plan_for(
    initiator: &JsValue,
    invitee: &JsValue,
    as_of: &JsValue,
    lang: Lang,
) -> Result<([Tree; 2], Vec<Warning>, MergePlan), PlanMergeError> {
    let as_of = match as_of.as_string() {
        Some(text) => {
            merge_core::parse_date(&text).ok_or(PlanMergeError::InvalidDate { value: text })?
        }
        None => crate::today(),
    };
    let read = |value, what, side| {
        read_snapshot(&json_text(value, what)?)
            .map_err(|error| PlanMergeError::Plan(merge_core::PlanJsonError::Read { side, error }))
    };
    let a = read(
        initiator,
        "initiator snapshot",
        merge_core::Party::Initiator,
    )?;
    let b = read(invitee, "invitee snapshot", merge_core::Party::Invitee)?;
    // Only the trees and the warnings are kept from before: the snapshots move into the plan.
    let before = [Tree::before(&a), Tree::before(&b)];
    let warnings = merge_core::warnings_in(&a, &b, as_of, lang);
    let plan =
        plan_merge_owned(a, b, as_of).map_err(|e: PlanError| PlanMergeError::Plan(e.into()))?;
    Ok((before, warnings, plan))
}

/// What a tree shows of an account: its PGA and locations.
struct Tree {
    company: String,
    global_mpn_id: MpnId,
    locations: Vec<Location>,
}

impl Tree {
    fn before(account: &merge_core::AccountSnapshot) -> Self {
        Self {
            company: account.company.clone(),
            global_mpn_id: account.global_mpn_id.clone(),
            locations: account.locations.clone(),
        }
    }
}

/// Builds DOM with text nodes only: nothing from a snapshot is ever parsed as HTML.
struct View<'a> {
    document: &'a Document,
    lang: Lang,
}

impl View<'_> {
    fn el(&self, tag: &str, class: &str, text: &str) -> Element {
        let element = self.document.create_element(tag).expect("a valid tag");
        if !class.is_empty() {
            element.set_class_name(class);
        }
        if !text.is_empty() {
            element.set_text_content(Some(text));
        }
        element
    }

    fn append(&self, parent: &impl AsRef<web_sys::Node>, child: Element) -> Element {
        parent
            .as_ref()
            .append_child(&child)
            .expect("appending to our own tree");
        child
    }

    /// A heading of the plan's reading, as the CLI and the app write it.
    fn word(&self, id: &str) -> String {
        engine().say(self.lang, id, &[])
    }

    fn style(&self) -> Element {
        self.el("style", "", STYLE)
    }

    fn preview(
        &self,
        root: &ShadowRoot,
        before: &[Tree; 2],
        warnings: &[Warning],
        plan: &MergePlan,
        rights: &RightsAfterMerge,
    ) {
        let section = self.append(root, self.el("section", "preview", ""));
        let _ = section.set_attribute("aria-label", &self.word("reading-preview"));
        let _ = section.set_attribute("lang", &self.lang.to_string());
        let consequences = plan.consequences();
        let consequences = consequences.iter().map(|c| c.describe_in(self.lang));
        let heading = self.word("reading-consequences");
        self.list(&section, "consequences", &heading, consequences.collect());
        let sides = self.append(&section, self.el("div", "sides", ""));

        let left = self.append(&sides, self.el("div", "side before", ""));
        self.append(&left, self.el("h3", "", &self.word("reading-before")));
        for tree in before {
            self.tree(
                &left,
                &tree.company,
                &tree.global_mpn_id,
                &tree.locations,
                None,
            );
        }
        let right = self.append(&sides, self.el("div", "side after", ""));
        self.append(&right, self.el("h3", "", &self.word("reading-after")));
        let after = &plan.result;
        let owner = Some(after.company.as_str());
        self.tree(
            &right,
            &after.company,
            &after.global_mpn_id,
            &after.locations,
            owner,
        );

        let changes = plan
            .changes
            .iter()
            .map(|change| change.describe_in(self.lang))
            .collect();
        self.list(&section, "changes", &self.word("reading-changes"), changes);
        self.list(
            &section,
            "not-merged",
            &self.word("reading-not-merged"),
            plan.not_merged.describe_in(self.lang),
        );
        self.rights(&section, rights);
        for warning in warnings {
            let p = self.append(&section, self.el("p", "warning", &warning.message));
            let _ = p.set_attribute("role", "note");
        }
        let label = format!("{} ", self.word("reading-fingerprint"));
        let fingerprint = self.append(&section, self.el("p", "fingerprint", &label));
        self.append(&fingerprint, self.el("code", "", plan.fingerprint.as_str()));
    }

    /// Who gains which rights (R23): the reading of admin rights, then each tenant's people.
    fn rights(&self, parent: &Element, rights: &RightsAfterMerge) {
        let section = self.append(parent, self.el("section", "rights", ""));
        let heading = self.append(&section, self.el("h3", "", &self.word("reading-rights")));
        heading.set_id("rights");
        let _ = section.set_attribute("aria-labelledby", "rights");
        let reading = rights.reading_in(self.lang);
        self.append(&section, self.el("p", "reading", &reading));
        for tenant in &rights.tenants {
            let title = tenant.title_in(self.lang);
            self.append(&section, self.el("h4", "", &title));
            self.list(&section, "tenant", &title, tenant.lines_in(self.lang));
        }
    }

    /// A labelled list of sentences.
    fn list(&self, parent: &Element, class: &str, label: &str, items: Vec<String>) {
        let list = self.append(parent, self.el("ul", class, ""));
        let _ = list.set_attribute("aria-label", label);
        for item in items {
            self.append(&list, self.el("li", "", &item));
        }
    }

    /// The PGA and its locations; in the merged account (`owner` set), locations that came from
    /// another company are marked moved, and a former PGA demoted.
    fn tree(
        &self,
        parent: &Element,
        company: &str,
        global_mpn_id: &MpnId,
        locations: &[Location],
        owner: Option<&str>,
    ) {
        let list = self.append(parent, self.el("ul", "tree", ""));
        let _ = list.set_attribute("aria-label", company);
        let pga = self.append(&list, self.el("li", "pga", ""));
        let _ = pga.set_attribute("data-mpn", global_mpn_id.as_str());
        self.append(&pga, self.el("span", "kind", "PGA"));
        self.append(&pga, self.el("span", "name", company));
        self.append(&pga, self.el("code", "mpn", global_mpn_id.as_str()));
        if locations.is_empty() {
            return;
        }
        let list = self.append(&pga, self.el("ul", "", ""));
        for location in locations {
            let joined = owner.and_then(|company| location.joined(company));
            let class = match joined {
                Some(Joined::WasPga { .. }) => "location demoted",
                Some(Joined::MovedFrom { .. }) => "location moved",
                None => "location",
            };
            let item = self.append(&list, self.el("li", class, ""));
            let _ = item.set_attribute("data-mpn", location.mpn_id.as_str());
            self.append(&item, self.el("span", "name", &location.name));
            self.append(&item, self.el("code", "mpn", location.mpn_id.as_str()));
            if let Some(joined) = joined {
                self.append(
                    &item,
                    self.el("span", "note", &joined.describe_in(self.lang)),
                );
            }
        }
    }

    fn unknown_reading(&self, root: &ShadowRoot, error: &UnknownAdminReading) {
        let p = self.append(root, self.el("p", "error", &error.to_string()));
        let _ = p.set_attribute("role", "alert");
        let _ = p.set_attribute("data-code", "UNKNOWN_ADMIN_READING");
    }

    /// A refusal to merge in the element's language; anything else as the error says it.
    fn failure(&self, root: &ShadowRoot, error: &PlanMergeError) {
        let text = match error {
            PlanMergeError::Plan(PlanJsonError::Plan(refusal)) => refusal.describe_in(self.lang),
            other => other.to_string(),
        };
        let p = self.append(root, self.el("p", "error", &text));
        let _ = p.set_attribute("role", "alert");
        let _ = p.set_attribute("data-code", error.code());
    }
}

const STYLE: &str = "
:host { display: block; font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side { border: 1px solid #c8c8c8; border-radius: 6px; padding: .5rem 1rem; }
h3 { margin: .25rem 0 .5rem; font-size: 1rem; }
ul.tree, ul.tree ul { list-style: none; padding-left: 1rem; margin: .25rem 0; }
ul.tree { padding-left: 0; }
.kind { font-weight: 600; margin-right: .25rem; }
.mpn { margin-left: .4rem; }
.note { margin-left: .4rem; font-style: italic; }
.moved > .name { border-bottom: 2px solid #0b6a0b; }
.demoted > .name { border-bottom: 2px dashed #8a4b00; }
.warning, .error { color: #8f1d1d; font-weight: 600; }
ul.consequences { padding-left: 1.25rem; margin: 0 0 1rem; }
.rights h4 { margin: .5rem 0 .25rem; font-size: .95rem; }
";
