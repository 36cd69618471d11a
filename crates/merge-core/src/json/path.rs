//! The JSON path (`tenants[0].domain`) of a position in a document, for error messages.

enum Frame {
    Object { key: Option<String>, at_key: bool },
    Array { index: usize },
}

/// The JSON path (`tenants[0].domain`, `.` for the root) of the value, key or object that
/// starts at byte `offset`.
pub(super) fn path_at(json: &str, offset: usize) -> String {
    let offset = offset.min(json.len());
    let bytes = json.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object {
                    key,
                    at_key: at_key @ true,
                }) = frames.last_mut()
                {
                    let raw = json.get(start..i.min(json.len())).unwrap_or_default();
                    *key = Some(
                        super::read_whole(&format!("\"{raw}\""), "a key")
                            .unwrap_or_else(|_| raw.to_string()),
                    );
                    *at_key = false;
                }
            }
            b'{' => frames.push(Frame::Object {
                key: None,
                at_key: true,
            }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { at_key, .. }) => *at_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => break,
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// 1-based line and column (in bytes) of `offset`, for people reading the text in an editor.
pub(super) fn line_and_column(json: &str, offset: usize) -> (usize, usize) {
    let before = &json.as_bytes()[..offset.min(json.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    (line, offset - line_start + 1)
}
