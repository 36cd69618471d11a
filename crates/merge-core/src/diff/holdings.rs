//! What the merged account carries: offers and co-sell (R7), SA vouchers and specializations
//! (R13), MCP IDs (R11), benefit tokens (R14), and what is kept once (superseded).

use super::{Diff, DiffArea};
use crate::catalogue::say;
use crate::plan::{MergePlan, Superseded};

pub(super) fn compare(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (a, b) = (&old.result, &new.result);
    offers_and_co_sell(d, old, new);
    sa_vouchers(d, old, new);
    let what = say!(d.lang(), "diff-advanced-specialization");
    let area = DiffArea::Holdings;
    d.names(
        area,
        &what,
        &a.advanced_specializations,
        &b.advanced_specializations,
    );
    let what = say!(d.lang(), "diff-mcp-id");
    d.names(area, &what, &a.mcp_ids, &b.mcp_ids);
    benefit_tokens(d, old, new);
}

fn offers_and_co_sell(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    let (a, b) = (&old.result, &new.result);
    let area = DiffArea::Holdings;
    d.keyed(
        area,
        &a.offers,
        &b.offers,
        |o| o.id.clone(),
        |o| {
            let (id, name) = (&o.id, &o.name);
            say!(lang, "diff-offer-added", id, name)
        },
        |o| {
            let (id, name) = (&o.id, &o.name);
            say!(lang, "diff-offer-removed", id, name)
        },
        |o, n, out| {
            let id = &n.id;
            let what = say!(lang, "diff-offer-name", id);
            w.scalar_into(out, &what, &o.name, &n.name)
        },
    );
    d.keyed(
        area,
        &a.co_sell,
        &b.co_sell,
        |r| r.id.clone(),
        |r| {
            let (id, name, value) = (&r.id, &r.name, lang.cents(r.value_cents));
            say!(lang, "diff-co-sell-added", id, name, value)
        },
        |r| {
            let (id, name) = (&r.id, &r.name);
            say!(lang, "diff-co-sell-removed", id, name)
        },
        |o, n, out| {
            let id = &n.id;
            let what = say!(lang, "diff-co-sell-value", id);
            let (before, after) = (lang.cents(o.value_cents), lang.cents(n.value_cents));
            w.scalar_into(out, &what, &before, &after);
            let what = say!(lang, "diff-co-sell-name", id);
            w.scalar_into(out, &what, &o.name, &n.name);
        },
    );
}

fn sa_vouchers(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    d.keyed(
        DiffArea::Holdings,
        &old.result.sa_vouchers,
        &new.result.sa_vouchers,
        |v| v.id.clone(),
        |v| {
            let (id, days) = (&v.id, v.days);
            say!(lang, "diff-sa-voucher-added", id, days)
        },
        |v| {
            let id = &v.id;
            say!(lang, "diff-sa-voucher-removed", id)
        },
        |o, n, out| {
            let id = &n.id;
            let what = say!(lang, "diff-sa-voucher-days", id);
            w.scalar_into(out, &what, &o.days, &n.days)
        },
    );
}

fn benefit_tokens(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (lang, w) = (d.lang(), d.words);
    d.keyed(
        DiffArea::Holdings,
        &old.result.benefit_tokens,
        &new.result.benefit_tokens,
        |t| t.id.clone(),
        |t| {
            let (id, product, tenant) = (&t.id, &t.product, &t.tenant);
            say!(lang, "diff-token-added", id, product, tenant)
        },
        |t| {
            let (id, product) = (&t.id, &t.product);
            say!(lang, "diff-token-removed", id, product)
        },
        |o, n, out| {
            let id = &n.id;
            let what = say!(lang, "diff-token-activated", id);
            w.scalar_into(
                out,
                &what,
                &w.date(&o.activated_on),
                &w.date(&n.activated_on),
            );
        },
    );
}

/// MCP IDs and specializations that both companies listed, kept once.
pub(super) fn superseded(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let lang = d.lang();
    d.keyed(
        DiffArea::Holdings,
        &old.not_merged.superseded,
        &new.not_merged.superseded,
        Superseded::describe,
        |x| {
            let what = x.describe_in(lang);
            say!(lang, "diff-no-longer-kept", what)
        },
        |x| {
            let what = x.describe_in(lang);
            say!(lang, "diff-kept-again", what)
        },
        |_, _, _| {},
    );
}
