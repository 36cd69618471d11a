//! `diff_plans`: what differs between two plans, in sentences a person reads. The API uses it to
//! explain why a preview is stale instead of only saying that it is.

use std::fmt::Display;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::plan::{dutch_level, MergePlan, Superseded, WarningKind};
use crate::role_label::role_name_in;
use crate::snapshot::{BenefitPackage, CompetencyLevel, CoreLevel, RoleAssignment};
use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanDifference {
    pub area: DiffArea,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DiffArea {
    Parties,
    Locations,
    Tenants,
    Users,
    Competencies,
    Benefits,
    Holdings,
    BankTax,
    Warnings,
}

/// `en` or `nl` text with the names in scope filled in; only the chosen one is formatted.
macro_rules! say {
    ($lang:expr, $en:literal, $nl:literal) => {
        match $lang {
            Lang::En => format!($en),
            Lang::Nl => format!($nl),
        }
    };
}

/// Every difference between `old` and `new`, old-to-new, in English. Empty when the plans are
/// the same.
pub fn diff_plans(old: &MergePlan, new: &MergePlan) -> Vec<PlanDifference> {
    diff_plans_in(old, new, Lang::En)
}

/// [`diff_plans`] in `lang`: the same differences, in the same order.
pub fn diff_plans_in(old: &MergePlan, new: &MergePlan, lang: Lang) -> Vec<PlanDifference> {
    let w = Words(lang);
    let mut d = Diff {
        words: w,
        found: Vec::new(),
    };
    let (a, b) = (&old.result, &new.result);
    let date = |day: &NaiveDate| w.date(*day);
    let maybe_date = |day: &Option<NaiveDate>| w.shown(&day.map(|day| w.date(day)));

    for (is_initiator, o, n) in [
        (true, &old.initiator, &new.initiator),
        (false, &old.invitee, &new.invitee),
    ] {
        let role = match (is_initiator, lang) {
            (true, Lang::En) => "initiator",
            (false, Lang::En) => "invitee",
            (true, Lang::Nl) => "initiatiefnemer",
            (false, Lang::Nl) => "uitgenodigde",
        };
        let what = say!(
            lang,
            "the {role}'s company name",
            "de bedrijfsnaam van de {role}"
        );
        d.scalar(DiffArea::Parties, &what, &o.company, &n.company);
        let what = say!(
            lang,
            "the {role}'s global MPN ID",
            "de wereldwijde MPN-ID van de {role}"
        );
        d.scalar(DiffArea::Parties, &what, &o.global_mpn_id, &n.global_mpn_id);
        let (area, company) = (DiffArea::Benefits, &n.company);
        let what = say!(
            lang,
            "{company}'s Action Pack anniversary",
            "de verjaardatum van het Action Pack van {company}"
        );
        let (before, after) = (
            maybe_date(&o.action_pack_anniversary),
            maybe_date(&n.action_pack_anniversary),
        );
        d.scalar(area, &what, &before, &after);
        let what = say!(
            lang,
            "{company}'s Azure Expert MSP renewal",
            "de verlenging van Azure Expert MSP van {company}"
        );
        let (before, after) = (
            maybe_date(&o.azure_expert_msp_renewal),
            maybe_date(&n.azure_expert_msp_renewal),
        );
        d.scalar(area, &what, &before, &after);
    }
    let what = say!(lang, "the plan date", "de datum van het plan");
    d.scalar(
        DiffArea::Parties,
        &what,
        &date(&old.as_of),
        &date(&new.as_of),
    );

    d.keyed(
        DiffArea::Locations,
        &a.locations,
        &b.locations,
        |l| l.mpn_id.to_string(),
        |l| {
            let (mpn, name) = (&l.mpn_id, &l.name);
            match &l.origin {
                Some(o) => {
                    let company = &o.company;
                    say!(
                        lang,
                        "location {mpn} ({name}) was added to {company}",
                        "locatie {mpn} ({name}) is toegevoegd aan {company}"
                    )
                }
                None => say!(
                    lang,
                    "location {mpn} ({name}) was added",
                    "locatie {mpn} ({name}) is toegevoegd"
                ),
            }
        },
        |l| {
            let (mpn, name) = (&l.mpn_id, &l.name);
            say!(
                lang,
                "location {mpn} ({name}) was removed",
                "locatie {mpn} ({name}) is verwijderd"
            )
        },
        |o, n, out| {
            let mpn = &n.mpn_id;
            let what = say!(lang, "location {mpn}'s name", "de naam van locatie {mpn}");
            w.scalar_into(out, &what, &o.name, &n.name);
            let what = say!(
                lang,
                "location {mpn}'s country",
                "het land van locatie {mpn}"
            );
            w.scalar_into(out, &what, &w.shown(&o.country), &w.shown(&n.country));
            let origin = |l: &crate::snapshot::Location| {
                w.shown(&l.origin.as_ref().map(|o| {
                    let company = &o.company;
                    match o.was_pga {
                        true => say!(
                            lang,
                            "{company} (its PGA)",
                            "{company} (het wereldwijde partneraccount)"
                        ),
                        false => company.to_string(),
                    }
                }))
            };
            let what = say!(
                lang,
                "location {mpn}'s origin",
                "de herkomst van locatie {mpn}"
            );
            w.scalar_into(out, &what, &origin(o), &origin(n));
        },
    );
    d.keyed(
        DiffArea::Tenants,
        &old.not_merged.tenants,
        &new.not_merged.tenants,
        |t| t.domain.to_ascii_lowercase(),
        |t| {
            let (domain, company) = (&t.domain, &t.company);
            say!(
                lang,
                "tenant {domain} was added to {company}",
                "tenant {domain} is toegevoegd aan {company}"
            )
        },
        |t| {
            let (domain, company) = (&t.domain, &t.company);
            say!(
                lang,
                "tenant {domain} of {company} was removed",
                "tenant {domain} van {company} is verwijderd"
            )
        },
        |o, n, out| {
            let domain = &n.domain;
            let what = say!(
                lang,
                "tenant {domain}'s CSP accounts",
                "de CSP-accounts van tenant {domain}"
            );
            let (before, after) = (o.csp_accounts.join(", "), n.csp_accounts.join(", "));
            w.scalar_into(out, &what, &before, &after);
        },
    );
    d.keyed(
        DiffArea::Users,
        &a.users,
        &b.users,
        |u| u.email.to_ascii_lowercase(),
        |u| {
            let (email, roles) = (&u.email, w.roles(&u.roles));
            say!(
                lang,
                "user {email} was added with roles {roles}",
                "gebruiker {email} is toegevoegd met de rollen {roles}"
            )
        },
        |u| {
            let email = &u.email;
            say!(
                lang,
                "user {email} was removed",
                "gebruiker {email} is verwijderd"
            )
        },
        |o, n, out| {
            let email = &n.email;
            let what = say!(lang, "{email}'s roles", "de rollen van {email}");
            w.scalar_into(out, &what, &w.roles(&o.roles), &w.roles(&n.roles));
        },
    );
    d.keyed(
        DiffArea::Competencies,
        &a.competencies,
        &b.competencies,
        |c| c.name.clone(),
        |c| {
            let (name, level) = (&c.name, w.level(c.level));
            say!(
                lang,
                "competency {name} ({level}) was added",
                "competentie {name} ({level}) is toegevoegd"
            )
        },
        |c| {
            let (name, level) = (&c.name, w.level(c.level));
            say!(
                lang,
                "competency {name} ({level}) was removed",
                "competentie {name} ({level}) is verwijderd"
            )
        },
        |o, n, out| {
            let name = &n.name;
            let what = match lang {
                Lang::En => name.clone(),
                Lang::Nl => format!("het niveau van {name}"),
            };
            w.scalar_into(out, &what, &w.level(o.level), &w.level(n.level));
            let what = say!(lang, "{name}'s expiry", "de vervaldatum van {name}");
            w.scalar_into(out, &what, &date(&o.expires), &date(&n.expires));
        },
    );

    let area = DiffArea::Benefits;
    let anniversary =
        |p: &MergePlan| maybe_date(&p.result.action_pack.as_ref().map(|a| a.anniversary));
    let what = say!(
        lang,
        "the Action Pack anniversary",
        "de verjaardatum van het Action Pack"
    );
    d.scalar(area, &what, &anniversary(old), &anniversary(new));
    let msp = |p: &MergePlan| maybe_date(&p.renewal.azure_expert_msp_renewal);
    let what = say!(
        lang,
        "the Azure Expert MSP renewal",
        "de verlenging van Azure Expert MSP"
    );
    d.scalar(area, &what, &msp(old), &msp(new));
    let what = say!(
        lang,
        "the consolidated renewal date",
        "de gezamenlijke verlengingsdatum"
    );
    let renewal = |p: &MergePlan| maybe_date(&p.renewal.date);
    d.scalar(area, &what, &renewal(old), &renewal(new));
    let core = |p: &MergePlan| w.shown(&p.renewal.core_level.map(|l| w.core_level(l)));
    let what = say!(
        lang,
        "the core benefits level at renewal",
        "het niveau van de kernvoordelen bij verlenging"
    );
    d.scalar(area, &what, &core(old), &core(new));
    let package_key = numbered(|p: &BenefitPackage| p.company.clone());
    d.keyed(
        area,
        &package_key(&old.benefit_packages),
        &package_key(&new.benefit_packages),
        |(key, _)| key.clone(),
        |(_, p)| {
            let (company, expires) = (&p.company, date(&p.expires));
            say!(
                lang,
                "a benefit package of {company} expiring {expires} was added",
                "een voordelenpakket van {company} dat verloopt op {expires} is toegevoegd"
            )
        },
        |(_, p)| {
            let (company, expires) = (&p.company, date(&p.expires));
            say!(
                lang,
                "the benefit package of {company} expiring {expires} was removed",
                "het voordelenpakket van {company} dat verloopt op {expires} is verwijderd"
            )
        },
        |(_, o), (_, n), out| {
            let company = &n.company;
            let what = say!(
                lang,
                "{company}'s benefit package expiry",
                "de vervaldatum van het voordelenpakket van {company}"
            );
            w.scalar_into(out, &what, &date(&o.expires), &date(&n.expires));
            let what = say!(
                lang,
                "{company}'s core benefits level",
                "het niveau van de kernvoordelen van {company}"
            );
            let (before, after) = (w.core_level(o.core_level), w.core_level(n.core_level));
            w.scalar_into(out, &what, &before, &after);
            let what = say!(
                lang,
                "{company}'s benefit package competencies",
                "de competenties in het voordelenpakket van {company}"
            );
            let listed = |p: &BenefitPackage| {
                let items = p.competencies.iter().map(|c| {
                    let (name, level, until) = (&c.name, w.level(c.level), date(&c.expires));
                    say!(
                        lang,
                        "{name} ({level}, until {until})",
                        "{name} ({level}, tot {until})"
                    )
                });
                items.collect::<Vec<_>>().join(", ")
            };
            w.scalar_into(out, &what, &listed(o), &listed(n));
        },
    );

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
    d.keyed(
        area,
        &a.sa_vouchers,
        &b.sa_vouchers,
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
    let what = say!(
        lang,
        "advanced specialization",
        "geavanceerde specialisatie"
    );
    d.names(
        area,
        &what,
        &a.advanced_specializations,
        &b.advanced_specializations,
    );
    d.names(area, "MCP ID", &a.mcp_ids, &b.mcp_ids);
    d.keyed(
        area,
        &a.benefit_tokens,
        &b.benefit_tokens,
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
            w.scalar_into(out, &what, &date(&o.activated_on), &date(&n.activated_on));
        },
    );

    let profile = |p: &Option<crate::snapshot::BankTaxProfile>| {
        w.shown(&p.as_ref().map(|p| {
            let (last4, country) = (&p.bank_account_last4, &p.tax_id_country);
            say!(
                lang,
                "account ending {last4}, tax ID country {country}",
                "rekening eindigend op {last4}, land van het btw-nummer {country}"
            )
        }))
    };
    let what = say!(
        lang,
        "the merged account's bank and tax profile",
        "het bank- en belastingprofiel van het samengevoegde account"
    );
    let (before, after) = (profile(&a.bank_tax_profile), profile(&b.bank_tax_profile));
    d.scalar(DiffArea::BankTax, &what, &before, &after);
    let left = |p: &MergePlan| {
        let kept = p.not_merged.bank_tax_profile.as_ref();
        profile(&kept.map(|c| c.profile.clone()))
    };
    let what = say!(
        lang,
        "the invitee's bank and tax profile",
        "het bank- en belastingprofiel van de uitgenodigde"
    );
    d.scalar(DiffArea::BankTax, &what, &left(old), &left(new));

    // Plans store their warnings in English and not the dates they name, so a Dutch reader is
    // told the kind of warning; the dates themselves are among the differences above.
    d.keyed(
        DiffArea::Warnings,
        &old.warnings,
        &new.warnings,
        |w| w.message.clone(),
        |w| {
            let message = &w.message;
            let kind = warning_kind_nl(w.kind);
            say!(
                lang,
                "new warning: {message}",
                "nieuwe waarschuwing: {kind}"
            )
        },
        |w| {
            let message = &w.message;
            let kind = warning_kind_nl(w.kind);
            say!(
                lang,
                "no longer a warning: {message}",
                "geen waarschuwing meer: {kind}"
            )
        },
        |_, _, _| {},
    );

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

    // The plan is lossless, so the checks above find any change to the inputs; this catches a
    // plan computed by a different engine version.
    if d.found.is_empty() && old.fingerprint != new.fingerprint {
        let (from, to) = (old.format_version, new.format_version);
        let message = say!(
            lang,
            "the plan was recomputed with a different engine (plan format {from} → {to}); review it again",
            "het plan is opnieuw berekend met een andere versie van de engine (planformaat {from} → {to}); bekijk het opnieuw"
        );
        d.push(DiffArea::Parties, message);
    }
    d.found
}

struct Diff {
    words: Words,
    found: Vec<PlanDifference>,
}

impl Diff {
    fn push(&mut self, area: DiffArea, message: String) {
        self.found.push(PlanDifference { area, message });
    }

    fn scalar<T: PartialEq + Display>(&mut self, area: DiffArea, what: &str, old: &T, new: &T) {
        let mut messages = Vec::new();
        self.words.scalar_into(&mut messages, what, old, new);
        for message in messages {
            self.push(area, message);
        }
    }

    /// Items matched by key: added (in new's order), changed, then removed (in old's order).
    #[allow(clippy::too_many_arguments)]
    fn keyed<T>(
        &mut self,
        area: DiffArea,
        old: &[T],
        new: &[T],
        key: impl Fn(&T) -> String,
        added: impl Fn(&T) -> String,
        removed: impl Fn(&T) -> String,
        changed: impl Fn(&T, &T, &mut Vec<String>),
    ) {
        // Looked up only; the messages follow the lists' own order.
        let old_by_key: FxHashMap<String, &T> = old.iter().map(|x| (key(x), x)).collect();
        let new_by_key: FxHashMap<String, &T> = new.iter().map(|x| (key(x), x)).collect();
        let mut messages = Vec::new();
        for item in new {
            match old_by_key.get(&key(item)) {
                None => messages.push(added(item)),
                Some(before) => changed(before, item, &mut messages),
            }
        }
        for item in old {
            if !new_by_key.contains_key(&key(item)) {
                messages.push(removed(item));
            }
        }
        for message in messages {
            self.push(area, message);
        }
    }

    fn names(&mut self, area: DiffArea, what: &str, old: &[String], new: &[String]) {
        let lang = self.words.0;
        self.keyed(
            area,
            old,
            new,
            Clone::clone,
            |name| {
                say!(
                    lang,
                    "{what} {name} was added",
                    "{what} {name} is toegevoegd"
                )
            },
            |name| {
                say!(
                    lang,
                    "{what} {name} was removed",
                    "{what} {name} is verwijderd"
                )
            },
            |_, _, _| {},
        );
    }
}

/// How values read in the differences' language.
#[derive(Clone, Copy)]
struct Words(Lang);

impl Words {
    fn scalar_into<T: PartialEq + Display>(
        self,
        out: &mut Vec<String>,
        what: &str,
        old: &T,
        new: &T,
    ) {
        if old != new {
            out.push(say!(
                self.0,
                "{what} changed from {old} to {new}",
                "{what}: was {old}, nu {new}"
            ));
        }
    }

    fn shown<T: Display>(self, value: &Option<T>) -> String {
        match (value, self.0) {
            (Some(value), _) => value.to_string(),
            (None, Lang::En) => "none".into(),
            (None, Lang::Nl) => "geen".into(),
        }
    }

    /// As plans store them (`2020-10-01`) in English, `1 oktober 2020` in Dutch.
    fn date(self, date: NaiveDate) -> String {
        self.0.date(date)
    }

    fn level(self, level: CompetencyLevel) -> &'static str {
        match self.0 {
            Lang::En => level.as_str(),
            Lang::Nl => dutch_level(level),
        }
    }

    fn core_level(self, level: CoreLevel) -> &'static str {
        match (level, self.0) {
            (CoreLevel::ActionPack, _) => "action pack",
            (CoreLevel::Silver, Lang::En) => "silver",
            (CoreLevel::Gold, Lang::En) => "gold",
            (CoreLevel::Silver, Lang::Nl) => "zilver",
            (CoreLevel::Gold, Lang::Nl) => "goud",
        }
    }

    /// Roles as stored (`incentives_admin of 2222222`) in English; by their Dutch names.
    fn roles(self, roles: &[RoleAssignment]) -> String {
        if roles.is_empty() {
            return self.shown::<&str>(&None);
        }
        let named = roles.iter().map(|r| match (self.0, &r.location) {
            (Lang::En, _) => r.to_string(),
            (Lang::Nl, Some(location)) => {
                format!("{} van {location}", role_name_in(&r.role, Lang::Nl))
            }
            (Lang::Nl, None) => role_name_in(&r.role, Lang::Nl).to_string(),
        });
        named.collect::<Vec<_>>().join(", ")
    }
}

/// Partner Center's Dutch words for the kinds of warning.
fn warning_kind_nl(kind: WarningKind) -> &'static str {
    match kind {
        WarningKind::Irreversible => "de samenvoeging kan niet ongedaan worden gemaakt",
        WarningKind::CompetencyExpired => "een competentie is verlopen",
        WarningKind::ActionPackLapsed => "het Action Pack is niet op tijd verlengd",
        WarningKind::AzureExpertMspLapsed => {
            "de verlengingsdatum van Azure Expert MSP is verstreken"
        }
        WarningKind::BenefitTokenExpired => "een voordelentoken is verlopen",
    }
}

/// Keys repeated within a list get `#2`, `#3`, ... so each item has its own.
fn numbered<T: Clone>(key: impl Fn(&T) -> String) -> impl Fn(&[T]) -> Vec<(String, T)> {
    move |items| {
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        items
            .iter()
            .map(|item| {
                let base = key(item);
                let n = counts.entry(base.clone()).or_default();
                *n += 1;
                let key = if *n == 1 { base } else { format!("{base}#{n}") };
                (key, item.clone())
            })
            .collect()
    }
}
