//! "Who gains which rights" (R23) as the screens arrange it: the reading of admin rights
//! first, then each tenant's people, and for the confirm dialog who acts for the merged
//! account. merge-core words every sentence; this only groups them.

use merge_core::{Lang, RightsAfterMerge};

/// The section in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RightsReading {
    /// Which reading of admin rights this deployment applies, in one sentence.
    pub reading: String,
    /// Every tenant of the merged account, the initiator's first.
    pub tenants: Vec<TenantReading>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantReading {
    /// "Microsoft Entra tenant contoso.com (Contoso)".
    pub title: String,
    /// Each of its people's rights; a single line saying so when nobody of the tenant holds
    /// a role across the whole account.
    pub lines: Vec<String>,
}

impl RightsReading {
    pub fn of(rights: &RightsAfterMerge, lang: Lang) -> Self {
        let tenants = rights
            .tenants
            .iter()
            .map(|t| TenantReading {
                title: t.title_in(lang),
                lines: t.lines_in(lang),
            })
            .collect();
        Self {
            reading: rights.reading_in(lang),
            tenants,
        }
    }
}

/// What the confirm dialog restates: the reading, then, for each account admin of either
/// company, whether they act for the merged account.
pub fn acting_lines(rights: &RightsAfterMerge, lang: Lang) -> Vec<String> {
    let acting = rights.tenants.iter().flat_map(|t| {
        t.people
            .iter()
            .filter_map(move |p| p.acting_in(&t.tenant, lang))
    });
    std::iter::once(rights.reading_in(lang))
        .chain(acting)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use merge_core::{plan_merge, read_snapshot, AdminReading, MergePlan};

    fn e1() -> MergePlan {
        let contoso = read_snapshot(include_str!("../../../fixtures/contoso.json")).unwrap();
        let fabricam = read_snapshot(include_str!("../../../fixtures/fabricam.json")).unwrap();
        let as_of = merge_core::parse_date("2020-05-15").unwrap();
        plan_merge(&contoso, &fabricam, as_of).unwrap()
    }

    #[test]
    fn each_tenant_of_e1_has_its_title_and_its_people_lines_the_reading_first() {
        let rights = e1().rights(AdminReading::OwnTenants, &[]);
        let section = RightsReading::of(&rights, Lang::En);
        assert_eq!(section.reading, rights.describe_in(Lang::En)[0]);
        assert!(section
            .reading
            .starts_with("Only the admins of Contoso's own"));
        let titles: Vec<&str> = section.tenants.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Microsoft Entra tenant contoso.com (Contoso)",
                "Microsoft Entra tenant fabricam.com (Fabricam)"
            ]
        );
        // Every sentence of merge-core's section, once, under its tenant.
        let grouped: Vec<String> = std::iter::once(section.reading.clone())
            .chain(section.tenants.iter().flat_map(|t| t.lines.clone()))
            .collect();
        assert_eq!(grouped, rights.describe_in(Lang::En));
        let fabricam = &section.tenants[1].lines;
        assert!(fabricam.contains(
            &"fiona@fabricam.com (fabricam.com) does not act for the merged account".into()
        ));
    }

    #[test]
    fn the_dialog_restates_the_reading_and_who_acts_under_either_reading() {
        let strict = acting_lines(&e1().rights(AdminReading::OwnTenants, &[]), Lang::En);
        assert!(strict[0].starts_with("Only the admins of Contoso's own Microsoft Entra tenants"));
        assert_eq!(
            strict[1..],
            [
                "alice@contoso.com (contoso.com) acts for the whole merged account: its merges, \
                 reports and account settings",
                "fiona@fabricam.com (fabricam.com) does not act for the merged account",
            ]
        );
        let wide = acting_lines(&e1().rights(AdminReading::BothTenants, &[]), Lang::Nl);
        assert!(wide[0].contains("beide bedrijven"), "{wide:?}");
        assert!(wide[2].starts_with("fiona@fabricam.com (fabricam.com) treedt op voor het hele"));
    }

    #[test]
    fn a_tenant_without_account_wide_roles_says_so() {
        let mut rights = e1().rights(AdminReading::OwnTenants, &[]);
        rights.tenants[1].people.clear();
        let section = RightsReading::of(&rights, Lang::Nl);
        assert_eq!(
            section.tenants[1].lines,
            ["Geen gebruiker van fabricam.com heeft een rol die over het hele samengevoegde account reikt."]
        );
        assert_eq!(
            section.tenants[1].title,
            "Microsoft Entra-tenant fabricam.com (Fabricam)"
        );
    }
}
