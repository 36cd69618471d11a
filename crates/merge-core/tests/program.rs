//! Snapshot and plan format 2: today's program (R18-R21), merger or acquisition (R22) and the
//! CSP checklist (R24), with version 1 read and planned as before. Runs natively and, compiled
//! to wasm32, in headless Chromium.

mod common;

use common::*;
use merge_core::{
    plan_merge, plan_merge_deal, plan_merge_json, read_plan, read_snapshot, to_json,
    validate_snapshot, AccountSnapshot, Change, ChecklistKind, DealKind, Designation, Lang,
    ProblemKind, ProgramItem, SolutionArea, PLAN_FORMAT_V2, PLAN_FORMAT_VERSION,
};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

const E1_GOLDEN: &str = include_str!("golden/e1.plan.json");

fn kinds(plan: &merge_core::MergePlan) -> Vec<ChecklistKind> {
    plan.checklist.iter().map(|i| i.item).collect()
}

#[test]
fn a_version_1_pair_plans_as_version_1_with_no_field_of_version_2() {
    let plan = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    assert_eq!(plan.format_version, PLAN_FORMAT_VERSION);
    assert_eq!(plan.result.format_version, 1);
    let json = to_json(&plan);
    for field in [
        "\"deal\"",
        "\"program\"",
        "\"designations\"",
        "\"specializations\"",
        "\"purchases\"",
        "held_by",
    ] {
        assert!(!json.contains(field), "{field} in a version 1 plan");
    }
    assert_eq!(
        kinds(&plan),
        [
            ChecklistKind::VerifyBankAndTax,
            ChecklistKind::ReviewTenantAdmins,
            ChecklistKind::PrepareRenewal,
            ChecklistKind::ConsiderReissuingUsers
        ]
    );
}

#[test]
fn a_stored_version_1_plan_reads_back_to_the_same_bytes_and_still_confirms() {
    let stored = read_plan(E1_GOLDEN).unwrap();
    assert_eq!(to_json(&stored), E1_GOLDEN.trim_end());
    assert!(stored.fingerprint_is_current());
    // What the engine plans today for the same pair carries the stored fingerprint (W4).
    let today = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    assert_eq!(today.fingerprint, stored.fingerprint);
    // The JSON path gives the same bytes.
    let json = plan_merge_json(CONTOSO_JSON, FABRICAM_JSON, e1_as_of()).unwrap();
    assert_eq!(json, E1_GOLDEN.trim_end());
}

#[test]
fn a_version_2_snapshot_reads_and_validates_with_its_program() {
    let adatum = adatum();
    assert_eq!(adatum.format_version, 2);
    assert_eq!(adatum.designations.len(), 2);
    assert_eq!(adatum.designations[0].area, SolutionArea::ModernWork);
    assert_eq!(adatum.specializations[0].area, SolutionArea::Security);
    validate_snapshot(&adatum).unwrap();
    validate_snapshot(&litware()).unwrap();
    // Written back, a version 2 snapshot keeps its program; a version 1 one stays as it was.
    let again = read_snapshot(&to_json(&adatum)).unwrap();
    assert_eq!(again, adatum);
    assert!(!to_json(&contoso()).contains("designations"));
}

#[test]
fn today_s_program_in_a_version_1_snapshot_is_a_problem_that_says_what_to_do() {
    let mut text: serde_json::Value = serde_json::from_str(ADATUM_JSON).unwrap();
    text["format_version"] = 1.into();
    let snapshot = read_snapshot(&text.to_string()).unwrap();
    let problems = validate_snapshot(&snapshot).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["designations", "specializations", "purchases"]);
    assert!(problems
        .iter()
        .all(|p| p.kind == ProblemKind::UnsupportedFormat));
    assert!(
        problems[0].message.contains("\"format_version\": 2"),
        "{}",
        problems[0].message
    );
    // A version the engine does not know is refused as before.
    let mut future = adatum();
    future.format_version = 3;
    let problems = validate_snapshot(&future).unwrap_err();
    assert_eq!(problems[0].path, "format_version");
    assert!(
        problems[0].message.contains("1 and 2"),
        "{}",
        problems[0].message
    );
}

#[test]
fn a_designation_twice_or_an_anniversary_before_its_start_is_a_problem() {
    let mut adatum = adatum();
    let mut twice = adatum.designations[1].clone();
    twice.anniversary = twice.attained;
    adatum.designations.push(twice);
    adatum.purchases[0].anniversary = adatum.purchases[0].purchased.pred_opt().unwrap();
    let problems = validate_snapshot(&adatum).unwrap_err();
    let found: Vec<(&str, ProblemKind)> =
        problems.iter().map(|p| (p.path.as_str(), p.kind)).collect();
    assert_eq!(
        found,
        [
            ("designations[2].area", ProblemKind::DuplicateId),
            ("designations[2].anniversary", ProblemKind::Inconsistent),
            ("purchases[0].anniversary", ProblemKind::Inconsistent),
        ]
    );
    assert!(problems[0]
        .message
        .contains("security is listed twice for Adatum"));
}

/// A version 1 account and a version 2 account merge in either direction: the plan is version
/// 2, the legacy competencies stay as R8-R10 say, and the version 2 side's program is kept
/// with whose it is.
#[test]
fn a_version_1_and_a_version_2_snapshot_merge_in_either_direction() {
    let (as_of, v1, v2) = (e1_as_of(), contoso(), litware());
    for (initiator, invitee) in [(&v1, &v2), (&v2, &v1)] {
        let plan = plan_merge(initiator, invitee, as_of).unwrap();
        assert_eq!(plan.format_version, PLAN_FORMAT_V2);
        assert_eq!(plan.result.format_version, 2);
        validate_snapshot(&plan.result).unwrap();
        let held: Vec<(SolutionArea, Option<&str>)> = plan
            .result
            .designations
            .iter()
            .map(|d| (d.area, d.held_by.as_deref()))
            .collect();
        assert_eq!(
            held,
            [
                (SolutionArea::Security, Some("Litware")),
                (SolutionArea::DataAiAzure, Some("Litware"))
            ]
        );
        // Contoso's legacy competency and its package are as in a version 1 merge.
        assert_eq!(plan.result.competencies, contoso().competencies);
        assert_eq!(plan.benefit_packages[0].company.as_str(), "Contoso");
        let program = plan.program.as_ref().unwrap();
        assert_eq!(program.one_company_from, date("2027-03-31"));
        // The changes name Litware's program only when Litware is the one absorbed.
        let carried = plan
            .changes
            .iter()
            .filter(|c| matches!(c, Change::DesignationCarried { .. }))
            .count();
        assert_eq!(carried, if invitee.company == "Litware" { 2 } else { 0 });
        let reading = plan.reading([initiator, invitee], Lang::En);
        assert_eq!(reading.program.len(), program.timeline.len() + 1);
        assert!(
            reading.program[0].starts_with("On 1 August 2026 Litware's Partner Launch Benefits"),
            "{:?}",
            reading.program
        );
    }
}

#[test]
fn a_designation_both_held_is_kept_until_the_later_anniversary_and_says_so() {
    let plan = plan_merge(&adatum(), &litware(), e3_as_of()).unwrap();
    let program = plan.program.as_ref().unwrap();
    assert_eq!(program.held_by_both(), [SolutionArea::Security]);
    let security: Vec<_> = program
        .timeline
        .iter()
        .filter(|e| {
            e.item
                == ProgramItem::Designation {
                    area: SolutionArea::Security,
                }
        })
        .map(|e| {
            (
                e.company.as_str(),
                e.date,
                e.also_held[0].company.as_str(),
                e.also_held[0].anniversary,
            )
        })
        .collect();
    assert_eq!(
        security,
        [
            ("Adatum", date("2027-01-31"), "Litware", date("2027-03-31")),
            ("Litware", date("2027-03-31"), "Adatum", date("2027-01-31")),
        ]
    );
    let reading = plan.reading([&adatum(), &litware()], Lang::Nl);
    let line = reading
        .program
        .iter()
        .find(|l| l.contains("31 januari 2027") && l.contains("Security"))
        .unwrap();
    assert!(
        line.contains("Litware heeft deze ook, met als jubileumdatum 31 maart 2027"),
        "{line}"
    );
}

#[test]
fn the_timeline_is_earliest_first_and_ends_with_the_renewal_as_one_company() {
    let plan = plan_merge(&adatum(), &litware(), e3_as_of()).unwrap();
    let program = plan.program.as_ref().unwrap();
    let dates: Vec<_> = program.timeline.iter().map(|e| e.date).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert_eq!(program.one_company_from, *dates.last().unwrap());
    let english = plan.reading([&adatum(), &litware()], Lang::En).program;
    assert_eq!(
        english.last().unwrap(),
        "From 31 March 2027 Adatum renews everything as one company; the designations held \
         until then: Data & AI (Azure), Modern Work, Security"
    );
}

#[test]
fn a_deal_kind_makes_a_version_2_plan_and_is_worded_for_both() {
    let plain = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    let plan = plan_merge_deal(&contoso(), &fabricam(), e1_as_of(), DealKind::Acquisition).unwrap();
    assert_eq!(plan.format_version, PLAN_FORMAT_V2);
    assert_eq!(plan.deal, Some(DealKind::Acquisition));
    assert_ne!(plan.fingerprint, plain.fingerprint);
    let json = to_json(&plan);
    assert!(json.contains("\"invitee\":{") && json.contains("\"deal\":\"acquisition\""));
    assert_eq!(read_plan(&json).unwrap(), plan);
    let merger = plan_merge_deal(&contoso(), &fabricam(), e1_as_of(), DealKind::Merger).unwrap();
    assert_ne!(merger.fingerprint, plan.fingerprint);
    let before = [&contoso(), &fabricam()];
    assert_eq!(
        plan.reading(before, Lang::En).deal.unwrap(),
        "An acquisition: Contoso acquires Fabricam, whose partner account becomes part of \
         Contoso's, under Partner ID (MPN ID) 1111111"
    );
    assert!(merger
        .reading(before, Lang::Nl)
        .deal
        .unwrap()
        .starts_with("Een fusie: Contoso en Fabricam worden één bedrijf"));
    assert!(plan
        .reading(before, Lang::De)
        .deal
        .unwrap()
        .contains("PartnerID (MPN-ID) 1111111"));
    assert_eq!(plain.reading(before, Lang::En).deal, None);
    assert_eq!("Acquisition".parse(), Ok(DealKind::Acquisition));
    assert!("takeover".parse::<DealKind>().is_err());
}

#[test]
fn a_version_2_checklist_adds_the_program_and_csp_while_version_1_stays() {
    let plan = plan_merge(&adatum(), &litware(), e3_as_of()).unwrap();
    assert_eq!(
        kinds(&plan),
        [
            ChecklistKind::VerifyBankAndTax,
            ChecklistKind::ReviewTenantAdmins,
            ChecklistKind::PrepareProgramRenewals,
            ChecklistKind::TransferCspCustomers,
            ChecklistKind::KeepCspTenantMapping,
            ChecklistKind::LinkAbsorbedTenant,
            ChecklistKind::ConsiderReissuingUsers,
        ]
    );
    let link = &plan.checklist[5].text;
    assert_eq!(
        link,
        "Instead of re-issuing users: a Global admin of the Microsoft Entra tenant litware.com \
         can link it to Adatum's account in Account settings > Tenants."
    );
    assert!(plan.checklist[4].text.contains("(adatum.com, litware.com)"));
    // The reader's checklist has the same items, in each language.
    for lang in Lang::ALL {
        assert_eq!(plan.checklist_in(lang).len(), plan.checklist.len());
    }
    assert!(plan.checklist_in(Lang::Nl)[5].contains("Microsoft Entra-tenant litware.com"));
    // Each absorbed tenant's Global admin links their own.
    let mut two_tenants = litware();
    two_tenants.tenants.push(merge_core::Tenant {
        domain: "litware.de".into(),
        csp_accounts: vec![],
    });
    let plural = plan_merge(&adatum(), &two_tenants, e3_as_of()).unwrap();
    assert!(plural.checklist[5]
        .text
        .contains("a Global admin of each Microsoft Entra tenant (litware.com, litware.de)"));
    assert!(plural.checklist_in(Lang::De)[5].contains("jedes Microsoft Entra-Mandanten"));
    // Without CSP accounts only the link remains of R24.
    let e2 = plan_merge(&pga_100(), &pga_200(), e3_as_of()).unwrap();
    assert!(!kinds(&e2).contains(&ChecklistKind::TransferCspCustomers));
    assert!(kinds(&e2).contains(&ChecklistKind::LinkAbsorbedTenant));
    // A version 1 pair with a deal kind is a version 2 plan: it gains the CSP items too.
    let deal = plan_merge_deal(&contoso(), &fabricam(), e1_as_of(), DealKind::Merger).unwrap();
    assert!(kinds(&deal).contains(&ChecklistKind::TransferCspCustomers));
    assert!(!kinds(&deal).contains(&ChecklistKind::PrepareProgramRenewals));
}

/// A merged account merges again: the entries keep the company that earned them.
#[test]
fn an_absorbed_company_s_entries_keep_their_holder_in_a_later_merge() {
    let first = plan_merge(&adatum(), &litware(), e3_as_of()).unwrap();
    let mut third: AccountSnapshot = pga_200();
    third.designations = vec![Designation {
        area: SolutionArea::Security,
        attained: date("2026-05-01"),
        anniversary: date("2027-05-01"),
        held_by: None,
    }];
    let second = plan_merge(&third, &first.result, e3_as_of()).unwrap();
    let holders: Vec<&str> = second
        .result
        .designations
        .iter()
        .map(|d| d.held_by.as_deref().unwrap())
        .collect();
    assert_eq!(
        holders,
        ["Partner B", "Adatum", "Adatum", "Litware", "Litware"]
    );
    let security = second
        .program
        .as_ref()
        .unwrap()
        .timeline
        .iter()
        .find(|e| e.company == "Partner B")
        .unwrap();
    let others: Vec<&str> = security
        .also_held
        .iter()
        .map(|a| a.company.as_str())
        .collect();
    assert_eq!(others, ["Adatum", "Litware"]);
}

/// The plan is lossless for today's program too: a changed anniversary, a designation more or
/// the deal kind changes the fingerprint, and the differences say what changed (W4).
#[test]
fn a_changed_program_or_deal_changes_the_fingerprint_and_the_diff_says_what() {
    let old = plan_merge_deal(&adatum(), &litware(), e3_as_of(), DealKind::Merger).unwrap();
    let mut litware2 = litware();
    litware2.designations[0].anniversary = date("2027-04-30");
    litware2.specializations.clear();
    litware2.purchases[0].anniversary = date("2026-08-15");
    let mut adatum2 = adatum();
    adatum2.designations.push(Designation {
        area: SolutionArea::BusinessApplications,
        attained: date("2026-05-01"),
        anniversary: date("2027-05-01"),
        held_by: None,
    });
    let new = plan_merge_deal(&adatum2, &litware2, e3_as_of(), DealKind::Acquisition).unwrap();
    assert_ne!(old.fingerprint, new.fingerprint);
    let messages: Vec<String> = merge_core::diff_plans(&old, &new)
        .into_iter()
        .filter(|d| d.area == merge_core::DiffArea::Program)
        .map(|d| d.message)
        .collect();
    assert_eq!(
        messages,
        [
            "The kind of deal changed from Merger to Acquisition",
            "Adatum's Solutions Partner designation for Business Applications (anniversary 1 May \
             2027) was added",
            "The anniversary of Litware's designation for Security changed from 31 March 2027 to \
             30 April 2027",
            "Litware's specialization Analytics on Microsoft Azure was removed",
            "The anniversary of Litware's Partner Launch Benefits changed from 1 August 2026 to \
             15 August 2026",
        ]
    );
    let dutch = merge_core::diff_plans_in(&old, &new, Lang::Nl);
    assert!(dutch
        .iter()
        .any(|d| d.message == "Het soort transactie changed"
            || d.message.starts_with("Het soort transactie")));
    assert!(merge_core::diff_plans(&old, &old).is_empty());
}

#[test]
fn an_anniversary_passed_before_the_plan_date_is_a_warning() {
    let late = date("2026-09-01");
    let plan = plan_merge(&adatum(), &litware(), late).unwrap();
    let passed: Vec<&str> = plan
        .warnings
        .iter()
        .filter(|w| w.kind == merge_core::WarningKind::ProgramAnniversaryPassed)
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(
        passed,
        ["Litware's purchase of Partner Launch Benefits passed its anniversary on 2026-08-01."]
    );
    let dutch = plan.reading([&adatum(), &litware()], Lang::Nl).warnings;
    assert!(dutch.contains(
        &"De jubileumdatum van de aankoop Partner Launch Benefits van Litware is op 1 augustus \
          2026 verstreken."
            .to_string()
    ));
    let on_time = plan_merge(&adatum(), &litware(), e3_as_of()).unwrap();
    assert_eq!(
        on_time.warnings.len(),
        1,
        "only R15's: {:?}",
        on_time.warnings
    );
}

/// The invitee sees the deal kind before accepting, and its own program, not the initiator's.
#[test]
fn the_invitee_reads_the_deal_kind_and_its_own_program_before_accepting() {
    let plan = plan_merge_deal(&adatum(), &litware(), e3_as_of(), DealKind::Acquisition).unwrap();
    let preview = plan.for_invitee(&adatum(), &litware());
    assert_eq!(preview.deal, Some(DealKind::Acquisition));
    let json = to_json(&preview);
    assert!(json.contains("\"deal\":\"acquisition\""));
    let carried: Vec<&Change> = preview
        .changes
        .iter()
        .filter(|c| {
            matches!(
                c,
                Change::DesignationCarried { .. }
                    | Change::SpecializationCarried { .. }
                    | Change::PurchaseCarried { .. }
            )
        })
        .collect();
    assert_eq!(carried.len(), 4);
    assert!(
        !json.contains("Identity and Access Management"),
        "Adatum's own specialization"
    );
    let plain = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    assert!(!to_json(&plain.for_invitee(&contoso(), &fabricam())).contains("\"deal\""));
}

/// What the merge costs names today's program: each company's items until their
/// anniversaries, the entry offers that become one, and under Microsoft's reading of admin
/// rights the invitee's admins do not stop acting (A3).
#[test]
fn the_consequences_name_the_program_and_follow_the_reading_of_admin_rights() {
    use merge_core::{AdminReading, Consequence};
    let plan = plan_merge(&adatum(), &litware(), date("2026-09-01")).unwrap();
    let strict = plan.consequences();
    let program: Vec<String> = strict
        .iter()
        .filter(|c| {
            matches!(
                c,
                Consequence::ProgramUntilAnniversaries { .. }
                    | Consequence::EntryOffersBecomeOne { .. }
                    | Consequence::ProgramAnniversaryPassed { .. }
            )
        })
        .map(|c| c.describe_in(Lang::En))
        .collect();
    assert_eq!(
        program,
        [
            "4 designations, specializations and purchases of Litware stay as Litware earned \
             them until their own anniversaries, from 1 August 2026 to 31 March 2027; each is \
             then renewed for Adatum as one company.",
            "4 designations, specializations and purchases of Adatum stay as Adatum earned them \
             until their own anniversaries, from 30 September 2026 to 31 January 2027; each is \
             then renewed for Adatum as one company.",
            "Both companies bought an entry offer: from 15 October 2026, the merged account \
             renews only one.",
            "Litware's purchase of Partner Launch Benefits passed its anniversary on 1 August \
             2026.",
        ]
    );
    let stop = |list: &[Consequence]| {
        list.iter()
            .any(|c| matches!(c, Consequence::AdminsStopActing { .. }))
    };
    assert!(stop(&strict));
    assert!(!stop(&plan.consequences_under(AdminReading::BothTenants)));
    // The invitee reads its own program's consequence, not the initiator's.
    let preview = plan.for_invitee(&adatum(), &litware());
    let companies: Vec<Option<&str>> = preview
        .consequences
        .iter()
        .filter(|c| matches!(c, Consequence::ProgramUntilAnniversaries { .. }))
        .map(|c| c.company())
        .collect();
    assert_eq!(companies, [Some("Litware")]);
}

/// At a glance, a version 2 plan counts solution areas and specializations, one both held
/// once; a version 1 plan's summary keeps its four rows.
#[test]
fn the_summary_of_a_version_2_plan_counts_solution_areas_and_specializations() {
    use merge_core::{summarize, Counted};
    let plan = plan_merge(&adatum(), &litware(), e3_as_of()).unwrap();
    let rows: Vec<String> = summarize(&plan, &adatum(), &litware())
        .rows
        .iter()
        .filter(|r| matches!(r.counted, Counted::SolutionAreas | Counted::Specializations))
        .map(|r| r.describe_in(Lang::Nl))
        .collect();
    assert_eq!(
        rows,
        [
            "Oplossingsgebieden met een aanduiding: 2 + 2 → 3",
            "Specialisaties: 1 + 1 → 2"
        ]
    );
    let e1 = plan_merge(&contoso(), &fabricam(), e1_as_of()).unwrap();
    assert_eq!(summarize(&e1, &contoso(), &fabricam()).rows.len(), 4);
}

/// At a glance, a version 2 plan counts competencies (retired in 2022) only when someone holds
/// one: Adatum and Litware hold none, so no row of zeros; E1 planned as a merger keeps its row.
#[test]
fn at_a_glance_counts_competencies_only_when_someone_holds_one() {
    let rows = |plan: &merge_core::MergePlan, a, b| -> Vec<merge_core::Counted> {
        merge_core::summarize(plan, a, b)
            .rows
            .iter()
            .map(|row| row.counted)
            .collect()
    };
    let (adatum, litware) = (adatum(), litware());
    let e3 = merge_core::plan_merge(&adatum, &litware, e3_as_of()).unwrap();
    assert!(!rows(&e3, &adatum, &litware).contains(&merge_core::Counted::Competencies));
    assert!(rows(&e3, &adatum, &litware).contains(&merge_core::Counted::SolutionAreas));
    let (contoso, fabricam) = (contoso(), fabricam());
    let merger = merge_core::DealKind::Merger;
    let e1 = merge_core::plan_merge_deal(&contoso, &fabricam, e1_as_of(), merger).unwrap();
    assert!(rows(&e1, &contoso, &fabricam).contains(&merge_core::Counted::Competencies));
}
