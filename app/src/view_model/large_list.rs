//! What a large list (an account tree, a tenant's users) draws: the rows a filter keeps, and
//! which of them are in view.

use std::ops::Range;
use std::sync::Arc;

use super::TreeNode;

/// Every row's height in a large list, in CSS pixels (`.virtual li` in style/main.css).
pub const ROW_PX: usize = 28;
/// The height of a large list's scrolling window: 15 rows.
pub const VIEW_PX: usize = 15 * ROW_PX;
/// Rows drawn beyond each edge of the window, so that scrolling never shows a gap.
const OVERSCAN: usize = 10;
/// Lists up to this many rows are drawn whole, without a filter or a window.
pub const DRAWN_WHOLE: usize = 50;

/// A row a large list's filter can find.
pub trait Filtered {
    /// Whether the row holds `needle`, which is trimmed, lower case and not empty.
    fn holds(&self, needle: &str) -> bool;
}

/// A location is found by its name (any case) or its MPN ID.
impl Filtered for TreeNode {
    fn holds(&self, needle: &str) -> bool {
        self.mpn_id.contains(needle) || self.name.to_lowercase().contains(needle)
    }
}

/// A user of a tenant and their roles, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    pub email: String,
    /// Shared by every user with the same roles.
    pub roles: Arc<str>,
}

/// A user is found by email or by a role's words (a role, or the location it is scoped to).
impl Filtered for UserRow {
    fn holds(&self, needle: &str) -> bool {
        self.email.to_lowercase().contains(needle) || self.roles.to_lowercase().contains(needle)
    }
}

/// The rows a filter keeps, in order. An empty filter keeps every row.
pub fn matching_rows<T: Filtered>(rows: &[T], filter: &str) -> Vec<usize> {
    let filter = filter.trim().to_lowercase();
    rows.iter()
        .enumerate()
        .filter(|(_, row)| filter.is_empty() || row.holds(&filter))
        .map(|(i, _)| i)
        .collect()
}

/// Which of `count` rows are drawn when the window is scrolled `scroll_top` px down: those in
/// view and `OVERSCAN` on either side.
pub fn rows_in_view(count: usize, scroll_top: f64) -> Range<usize> {
    let first = (scroll_top.max(0.0) as usize) / ROW_PX;
    let start = first.saturating_sub(OVERSCAN).min(count);
    let end = (first + VIEW_PX / ROW_PX + 1 + OVERSCAN).min(count);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_model::NodeKind;

    fn node(mpn_id: &str, name: &str) -> TreeNode {
        TreeNode {
            mpn_id: mpn_id.into(),
            name: name.into(),
            kind: NodeKind::Location,
            note: None,
        }
    }

    #[test]
    fn a_filter_keeps_names_in_any_case_and_mpn_ids() {
        let nodes = [
            node("1111111", "Contoso"),
            node("2222222", "Contoso Seattle"),
            node("4444444", "Fabricam Amsterdam"),
        ];
        assert_eq!(matching_rows(&nodes, ""), [0, 1, 2]);
        assert_eq!(matching_rows(&nodes, "  seattle "), [1]);
        assert_eq!(matching_rows(&nodes, "CONTOSO"), [0, 1]);
        assert_eq!(matching_rows(&nodes, "4444"), [2]);
        assert!(matching_rows(&nodes, "tailspin").is_empty());
    }

    #[test]
    fn a_filter_finds_users_by_email_or_role() {
        let users = [
            UserRow {
                email: "Frank@Fabricam.com".into(),
                roles: "Incentives admin · Fabricam Amsterdam (4444444)".into(),
            },
            UserRow {
                email: "fiona@fabricam.com".into(),
                roles: "Account admin".into(),
            },
        ];
        assert_eq!(matching_rows(&users, "frank@"), [0]);
        assert_eq!(matching_rows(&users, "AMSTERDAM"), [0]);
        assert_eq!(matching_rows(&users, "account admin"), [1]);
        assert_eq!(matching_rows(&users, "fabricam"), [0, 1]);
    }

    #[test]
    fn the_rows_in_view_follow_the_scroll_and_stop_at_the_ends() {
        assert_eq!(rows_in_view(10_000, 0.0), 0..26);
        // 100 rows down: 10 above the window, its 15 (and one cut), 10 below.
        assert_eq!(rows_in_view(10_000, 100.0 * ROW_PX as f64), 90..126);
        assert_eq!(rows_in_view(10_000, 9_990.0 * ROW_PX as f64), 9_980..10_000);
        assert_eq!(rows_in_view(3, 500.0), 3..3);
        assert_eq!(rows_in_view(0, 0.0), 0..0);
        assert_eq!(rows_in_view(40, -20.0), 0..26);
    }
}
