//! A plan in parts and back: the merged account's users are what grows with an account
//! (100,000 users are megabytes of JSON), so they travel apart, a few thousand per message, and
//! the page puts the plan together again as it was made, reading them into rows as they come,
//! so that no task on the page reads them all. The snapshots before the merge travel without
//! their users: the preview shows only how many they had, in the summary made in the worker.

use merge_core::{summarize, AccountSnapshot, Lang, MergePlan, MergeSummary, User};

use super::{JsonText, PlanHead, PlanPart};
use crate::view_model::UsersByTenant;

/// Users per message: reading 5,000 users on the page takes a few milliseconds.
pub const USERS_PER_PART: usize = 5_000;

/// The parts of a plan and its two snapshots, in the order they are sent. Each part is
/// written when it is taken, so the page reads the first ones while the worker writes the rest.
pub fn split(
    mut plan: MergePlan,
    mut before: [AccountSnapshot; 2],
) -> impl Iterator<Item = PlanPart> {
    let summary = summarize(&plan, &before[0], &before[1]);
    before
        .iter_mut()
        .for_each(|snapshot| snapshot.users = Vec::new());
    let users = std::mem::take(&mut plan.result.users);
    let head = PlanPart::Planned(JsonText::new(&PlanHead {
        plan,
        before,
        summary,
        users: users.len(),
    }));
    let mut users = users.into_iter().peekable();
    let rest = std::iter::from_fn(move || {
        users.peek()?;
        let part: Vec<User> = users.by_ref().take(USERS_PER_PART).collect();
        Some(PlanPart::Users(JsonText::new(&part)))
    });
    std::iter::once(head).chain(rest)
}

/// How far a plan is, as the page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Planning,
    /// The merged account's users received, of how many in all.
    Receiving {
        users: usize,
        of: usize,
    },
}

/// What the page has of a plan so far.
#[derive(Debug, PartialEq)]
pub enum Assembled {
    Working(Progress),
    Ready(Box<Planned>),
    Refused(String),
}

/// A plan put together again, with the merged account's users read as rows.
#[derive(Debug, PartialEq)]
pub struct Planned {
    pub plan: MergePlan,
    /// Both snapshots without their users.
    pub before: [AccountSnapshot; 2],
    /// The merge at a glance, counted before the users were taken out.
    pub summary: MergeSummary,
    pub users: UsersByTenant,
}

/// Puts a plan together from its parts, in the order [`split`] made them.
#[derive(Debug)]
pub struct PlanParts {
    planned: Option<Planned>,
    expected: usize,
    lang: Lang,
}

impl PlanParts {
    /// The merged account's users are read in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            planned: None,
            expected: 0,
            lang,
        }
    }

    pub fn take(&mut self, part: PlanPart) -> Assembled {
        match part {
            PlanPart::Planning => return Assembled::Working(Progress::Planning),
            PlanPart::Refused(why) => return Assembled::Refused(why),
            PlanPart::Planned(head) => {
                let PlanHead {
                    plan,
                    before,
                    summary,
                    users,
                } = head.read();
                self.expected = users;
                self.planned = Some(Planned {
                    plan,
                    before,
                    summary,
                    users: UsersByTenant::new(self.lang),
                });
            }
            PlanPart::Users(users) => {
                if let Some(planned) = &mut self.planned {
                    let users = users.read();
                    planned.users.add(&users, &planned.plan.result);
                    planned.plan.result.users.extend(users);
                }
            }
        }
        let received = self
            .planned
            .as_ref()
            .map_or(0, |planned| planned.plan.result.users.len());
        match self.planned.take() {
            Some(planned) if received == self.expected => Assembled::Ready(Box::new(planned)),
            planned => {
                self.planned = planned;
                Assembled::Working(Progress::Receiving {
                    users: received,
                    of: self.expected,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(entities: usize) -> (MergePlan, [AccountSnapshot; 2]) {
        let (a, b) = merge_core::synthetic_pair(entities);
        let as_of = chrono::NaiveDate::from_ymd_opt(2021, 6, 1).unwrap();
        let plan = merge_core::plan_merge(&a, &b, as_of).unwrap();
        (plan, [a, b])
    }

    #[test]
    fn a_large_plan_comes_back_whole_from_parts_of_at_most_5000_users() {
        let (plan, before) = planned(60_000);
        let users = plan.result.users.len();
        assert!(users > 3 * USERS_PER_PART, "{users} users");
        let parts: Vec<_> = split(plan.clone(), before.clone()).collect();
        let mut assembler = PlanParts::new(Lang::En);
        let mut last = None;
        let mut received = Vec::new();
        for part in parts {
            if let PlanPart::Users(users) = &part {
                let users = users.read();
                assert!(!users.is_empty() && users.len() <= USERS_PER_PART);
            }
            match assembler.take(part) {
                Assembled::Working(Progress::Receiving { users: so_far, of }) => {
                    assert_eq!(of, users);
                    received.push(so_far);
                }
                other => last = Some(other),
            }
        }
        assert!(
            received.windows(2).all(|w| w[0] < w[1]),
            "progress only grows"
        );
        let Some(Assembled::Ready(whole)) = last else {
            panic!("the last part completes the plan");
        };
        let users = UsersByTenant::of_account(&plan.result, Lang::En);
        assert_eq!(
            whole.users, users,
            "the rows read in parts are the rows of the whole"
        );
        assert_eq!(whole.plan, plan);
        assert_eq!(
            whole.summary,
            merge_core::summarize(&plan, &before[0], &before[1]),
            "the summary counts the users the snapshots had"
        );
        let without_users = before.map(|mut snapshot| {
            snapshot.users.clear();
            snapshot
        });
        assert_eq!(whole.before, without_users);
        assert_eq!(merge_core::to_json(&whole.plan), merge_core::to_json(&plan));
    }

    #[test]
    fn a_plan_without_users_is_ready_at_once_and_a_refusal_is_passed_on() {
        let (mut plan, mut before) = planned(100);
        plan.result.users.clear();
        before.iter_mut().for_each(|b| b.users.clear());
        let parts: Vec<_> = split(plan.clone(), before.clone()).collect();
        assert_eq!(parts.len(), 1);
        let mut assembler = PlanParts::new(Lang::Nl);
        let part = parts.into_iter().next().unwrap();
        let users = UsersByTenant::new(Lang::Nl);
        let summary = merge_core::summarize(&plan, &before[0], &before[1]);
        assert_eq!(
            assembler.take(part),
            Assembled::Ready(Box::new(Planned {
                plan,
                before,
                summary,
                users
            }))
        );
        assert_eq!(
            assembler.take(PlanPart::Refused("no".into())),
            Assembled::Refused("no".into())
        );
    }
}
