//! What a large account tree draws: the rows a filter keeps, and which of them are in view.

use std::ops::Range;

use super::TreeNode;

/// Every row's height in a large tree, in CSS pixels (`.tree.virtual li` in style/main.css).
pub const ROW_PX: usize = 28;
/// The height of a large tree's scrolling window: 15 rows.
pub const VIEW_PX: usize = 15 * ROW_PX;
/// Rows drawn beyond each edge of the window, so that scrolling never shows a gap.
const OVERSCAN: usize = 10;
/// Trees up to this many rows are drawn whole, without a filter or a window.
pub const DRAWN_WHOLE: usize = 50;

/// The rows a filter keeps, in order: the name holds it (any case), or the MPN ID does.
/// An empty filter keeps every row.
pub fn matching_rows(nodes: &[TreeNode], filter: &str) -> Vec<usize> {
    let filter = filter.trim().to_lowercase();
    nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            filter.is_empty()
                || n.mpn_id.contains(&filter)
                || n.name.to_lowercase().contains(&filter)
        })
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
