//! What the merged account carries: offers and co-sell (R7), SA vouchers and specializations
//! (R13), MCP IDs (R11), benefit tokens (R14), and what is kept once (superseded).

use super::{Diff, DiffArea};
use crate::plan::{MergePlan, Superseded};
use crate::Lang;

pub(super) fn compare(d: &mut Diff, old: &MergePlan, new: &MergePlan) {
    let (a, b) = (&old.result, &new.result);
    offers_and_co_sell(d, old, new);
    sa_vouchers(d, old, new);
    let what = say!(
        d.lang(),
        "advanced specialization",
        "geavanceerde specialisatie"
    );
    let area = DiffArea::Holdings;
    d.names(
        area,
        &what,
        &a.advanced_specializations,
        &b.advanced_specializations,
    );
    d.names(area, "MCP ID", &a.mcp_ids, &b.mcp_ids);
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
            say!(
                lang,
                "offer {id} ({name}) was added",
                "aanbieding {id} ({name}) is toegevoegd"
            )
        },
        |o| {
            let (id, name) = (&o.id, &o.name);
            say!(
                lang,
                "offer {id} ({name}) was removed",
                "aanbieding {id} ({name}) is verwijderd"
            )
        },
        |o, n, out| {
            let id = &n.id;
            let what = say!(lang, "offer {id}'s name", "de naam van aanbieding {id}");
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
            say!(
                lang,
                "co-sell opportunity {id} ({name}, {value}) was added",
                "co-sell-kans {id} ({name}, {value}) is toegevoegd"
            )
        },
        |r| {
            let (id, name) = (&r.id, &r.name);
            say!(
                lang,
                "co-sell opportunity {id} ({name}) was removed",
                "co-sell-kans {id} ({name}) is verwijderd"
            )
        },
        |o, n, out| {
            let id = &n.id;
            let what = say!(
                lang,
                "co-sell opportunity {id}'s value",
                "de waarde van co-sell-kans {id}"
            );
            let (before, after) = (lang.cents(o.value_cents), lang.cents(n.value_cents));
            w.scalar_into(out, &what, &before, &after);
            let what = say!(
                lang,
                "co-sell opportunity {id}'s name",
                "de naam van co-sell-kans {id}"
            );
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
            say!(
                lang,
                "SA voucher {id} ({days} days) was added",
                "SA-voucher {id} ({days} dagen) is toegevoegd"
            )
        },
        |v| {
            let id = &v.id;
            say!(
                lang,
                "SA voucher {id} was removed",
                "SA-voucher {id} is verwijderd"
            )
        },
        |o, n, out| {
            let id = &n.id;
            let what = say!(
                lang,
                "SA voucher {id}'s days",
                "het aantal dagen van SA-voucher {id}"
            );
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
            say!(
                lang,
                "benefit token {id} ({product}) on {tenant} was added",
                "voordelentoken {id} ({product}) op {tenant} is toegevoegd"
            )
        },
        |t| {
            let (id, product) = (&t.id, &t.product);
            say!(
                lang,
                "benefit token {id} ({product}) was removed",
                "voordelentoken {id} ({product}) is verwijderd"
            )
        },
        |o, n, out| {
            let id = &n.id;
            let what = say!(
                lang,
                "benefit token {id}'s activation date",
                "de activeringsdatum van voordelentoken {id}"
            );
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
            say!(
                lang,
                "no longer kept: {what}",
                "niet langer behouden: {what}"
            )
        },
        |x| {
            let what = x.describe_in(lang);
            say!(lang, "kept again: {what}", "weer behouden: {what}")
        },
        |_, _, _| {},
    );
}
