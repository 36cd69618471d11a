//! A JSON reader for the engine's own types: one small pull parser shared by every type,
//! instead of generic deserializer code instantiated per type (which made most of the wasm
//! package's size). Types describe their fields with the macros in `json::macros`.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::date::parse_date;

/// Where reading stopped and why; turned into a [`super::ReadError`] with a JSON path.
#[derive(Debug)]
pub struct Error {
    /// Byte offset of the value (or key, or object) at fault.
    pub(crate) at: usize,
    pub(crate) message: String,
}

pub type Result<T> = std::result::Result<T, Error>;

/// A value the engine can read from JSON.
pub trait ReadJson: Sized {
    fn read_json(r: &mut Reader<'_>) -> Result<Self>;
}

/// Nested arrays and objects deeper than this are refused rather than risk the stack.
const MAX_DEPTH: u32 = 128;

pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: u32,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            pos: 0,
            depth: 0,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// `text[from..to]` without a panic path (whose formatting code would cost the wasm package
    /// kilobytes); the reader only cuts at ASCII bytes, so it is never empty by mistake.
    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.text.get(from..to).unwrap_or_default()
    }

    /// The offset of the next value, after any whitespace.
    pub fn position(&mut self) -> usize {
        self.skip_whitespace();
        self.pos
    }

    fn skip_whitespace(&mut self) {
        let bytes = self.bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes().get(self.pos).copied()
    }

    pub fn error_at(&self, at: usize, message: String) -> Error {
        Error { at, message }
    }

    /// "expected {what}, found {the next token}" at the next value.
    pub fn expected<T>(&mut self, what: &str) -> Result<T> {
        let at = self.position();
        let found = self.describe_next();
        Err(self.error_at(at, format!("expected {what}, found {found}")))
    }

    fn describe_next(&self) -> String {
        let rest = self.slice(self.pos, self.text.len());
        match rest.chars().next() {
            None => "the end of the text".into(),
            Some('"') => "a string".into(),
            Some('{') => "an object".into(),
            Some('[') => "an array".into(),
            Some('-' | '0'..='9') => {
                let end = rest
                    .find(|c: char| !matches!(c, '-' | '+' | '.' | 'e' | 'E' | '0'..='9'))
                    .unwrap_or(rest.len());
                format!("the number {}", rest.get(..end).unwrap_or_default())
            }
            Some(_) => {
                let end = rest
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(rest.len())
                    .max(1);
                let word = rest.get(..end).unwrap_or("?");
                match word {
                    "true" | "false" | "null" => word.to_string(),
                    _ => format!("`{word}` (not JSON)"),
                }
            }
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat_word(&mut self, word: &str) -> bool {
        self.skip_whitespace();
        if self
            .bytes()
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(word.as_bytes()))
        {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// Reads `null`, if that is what comes next.
    pub fn null(&mut self) -> bool {
        self.eat_word("null")
    }

    /// Only whitespace may follow the document.
    pub fn end(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => {
                let at = self.pos;
                Err(self.error_at(at, "unexpected text after the end of the JSON value".into()))
            }
        }
    }

    pub fn bool(&mut self) -> Result<bool> {
        if self.eat_word("true") {
            Ok(true)
        } else if self.eat_word("false") {
            Ok(false)
        } else {
            self.expected("true or false")
        }
    }

    /// A whole number from `-max_negative` to `max`; `1.0`, `1e3` and numbers out of range
    /// are refused. Returns the sign and the magnitude.
    pub fn integer(&mut self, max_negative: u64, max: u64) -> Result<(bool, u64)> {
        let at = self.position();
        let bytes = self.bytes();
        let negative = bytes.get(at) == Some(&b'-');
        let digits_start = at + usize::from(negative);
        let mut end = digits_start;
        let mut value: Option<u64> = Some(0);
        while let Some(&digit) = bytes.get(end).filter(|b| b.is_ascii_digit()) {
            value = value
                .and_then(|v| v.checked_mul(10))
                .and_then(|v| v.checked_add(u64::from(digit - b'0')));
            end += 1;
        }
        let digits = end - digits_start;
        let fraction = matches!(bytes.get(end), Some(b'.' | b'e' | b'E'));
        let leading_zero = digits > 1 && bytes[digits_start] == b'0';
        if digits == 0 || fraction || leading_zero || (negative && max_negative == 0) {
            let what = if max_negative > 0 {
                "a whole number"
            } else {
                "a whole number, 0 or more"
            };
            return self.expected(what);
        }
        let limit = if negative { max_negative } else { max };
        match value.filter(|&v| v <= limit) {
            Some(value) => {
                self.pos = end;
                Ok((negative, value))
            }
            None => Err(self.error_at(
                at,
                format!("the number {} is too large", self.slice(at, end)),
            )),
        }
    }

    /// A string, borrowed from the text unless it has escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>> {
        if !self.eat(b'"') {
            return self.expected("a string");
        }
        let bytes = self.bytes();
        let start = self.pos;
        let mut i = start;
        loop {
            match bytes.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(Cow::Borrowed(self.slice(start, i)));
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => return Err(self.control_character(i)),
                Some(_) => i += 1,
                None => return Err(self.error_at(start - 1, "the string never ends".into())),
            }
        }
        let mut owned = String::from(self.slice(start, i));
        loop {
            match bytes.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(Cow::Owned(owned));
                }
                Some(b'\\') => i = self.escape(i, &mut owned)?,
                Some(0..=0x1f) => return Err(self.control_character(i)),
                Some(_) => {
                    let run = bytes[i..]
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        .map_or(bytes.len(), |n| i + n);
                    owned.push_str(self.slice(i, run));
                    i = run;
                }
                None => return Err(self.error_at(start - 1, "the string never ends".into())),
            }
        }
    }

    fn control_character(&self, at: usize) -> Error {
        self.error_at(
            at,
            "a control character (such as a line break) inside a string must be escaped, as \\n"
                .into(),
        )
    }

    /// Decodes the escape at `at` (a backslash) into `out`; returns the offset after it.
    fn escape(&self, at: usize, out: &mut String) -> Result<usize> {
        let bytes = self.bytes();
        let simple = match bytes.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let first = self.hex4(at + 2)?;
                let (code, next) = if (0xd800..0xdc00).contains(&first)
                    && bytes.get(at + 6) == Some(&b'\\')
                    && bytes.get(at + 7) == Some(&b'u')
                {
                    let second = self.hex4(at + 8)?;
                    if !(0xdc00..0xe000).contains(&second) {
                        return Err(self.bad_escape(at));
                    }
                    (
                        0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00),
                        at + 12,
                    )
                } else {
                    (first, at + 6)
                };
                out.push(char::from_u32(code).ok_or_else(|| self.bad_escape(at))?);
                return Ok(next);
            }
            _ => return Err(self.bad_escape(at)),
        };
        out.push(simple);
        Ok(at + 2)
    }

    fn hex4(&self, at: usize) -> Result<u32> {
        self.text
            .get(at..at + 4)
            .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .ok_or_else(|| self.bad_escape(at))
    }

    fn bad_escape(&self, at: usize) -> Error {
        self.error_at(at, "invalid escape in a string".into())
    }

    /// An array, each element read by `element`.
    pub fn array(&mut self, mut element: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.array_dyn(&mut element)
    }

    // One copy of the loop for every type: only the element's own reading is per type.
    #[inline(never)]
    fn array_dyn(&mut self, element: &mut dyn FnMut(&mut Self) -> Result<()>) -> Result<()> {
        if !self.eat(b'[') {
            return self.expected("an array");
        }
        self.enter()?;
        if !self.eat(b']') {
            loop {
                element(self)?;
                if self.eat(b',') {
                    continue;
                }
                if self.eat(b']') {
                    break;
                }
                return self.expected("`,` or `]`");
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// An object; `field` reads the value of each key. Returns the object's offset, where
    /// missing fields are reported.
    pub fn object(
        &mut self,
        mut field: impl FnMut(&mut Self, &str) -> Result<()>,
    ) -> Result<usize> {
        self.object_dyn(&mut field)
    }

    #[inline(never)]
    fn object_dyn(
        &mut self,
        field: &mut dyn FnMut(&mut Self, &str) -> Result<()>,
    ) -> Result<usize> {
        let start = self.position();
        if !self.eat(b'{') {
            return self.expected("an object");
        }
        self.enter()?;
        if !self.eat(b'}') {
            loop {
                let key = self.string()?;
                if !self.eat(b':') {
                    return self.expected("`:`");
                }
                field(self, &key)?;
                if self.eat(b',') {
                    if self.peek() == Some(b'"') {
                        continue;
                    }
                    return self.expected("a key in quotes");
                }
                if self.eat(b'}') {
                    break;
                }
                return self.expected("`,` or `}`");
            }
        }
        self.depth -= 1;
        Ok(start)
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let at = self.pos;
            return Err(self.error_at(at, format!("nested deeper than {MAX_DEPTH} levels")));
        }
        Ok(())
    }

    /// Reads a field's value into its slot; a second value for the same field is an error.
    #[inline(never)]
    pub fn slot<T: ReadJson>(&mut self, slot: &mut Option<T>, name: &str) -> Result<()> {
        if slot.is_some() {
            let at = self.pos;
            return Err(self.error_at(at, format!("duplicate field `{name}`")));
        }
        *slot = Some(T::read_json(self)?);
        Ok(())
    }

    /// The error for a key the type does not have; `self` is just after the key's `:`.
    pub fn unknown_field(&self, key: &str, fields: &[&str]) -> Error {
        let before = self.bytes().get(..self.pos).unwrap_or_default();
        let at = before.iter().rposition(|&b| b == b'"').unwrap_or(self.pos);
        self.error_at(
            at,
            format!("unknown field `{key}`, expected {}", one_of(fields)),
        )
    }

    pub fn missing_field(&self, object_at: usize, name: &str) -> Error {
        self.error_at(object_at, format!("missing field `{name}`"))
    }

    /// Skips any JSON value.
    pub fn skip_value(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'"') => self.string().map(drop),
            Some(b'{') => self.object(|r, _| r.skip_value()).map(drop),
            Some(b'[') => self.array(Self::skip_value),
            Some(b't' | b'f') => self.bool().map(drop),
            Some(b'n') if self.null() => Ok(()),
            Some(b'-' | b'0'..=b'9') => {
                let rest = &self.bytes()[self.pos..];
                let len = rest
                    .iter()
                    .position(|b| !matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
                    .unwrap_or(rest.len());
                self.pos += len;
                Ok(())
            }
            _ => self.expected("a JSON value"),
        }
    }

    /// The value of `key` in the object that comes next, read ahead without consuming it:
    /// how a tagged enum learns its variant wherever the tag is.
    pub fn tag(&mut self, key: &str) -> Result<Cow<'a, str>> {
        let start = self.position();
        let mut tag = None;
        self.object(|r, k| {
            if k == key && tag.is_none() {
                tag = Some(r.string()?);
                Ok(())
            } else {
                r.skip_value()
            }
        })?;
        self.pos = start;
        tag.ok_or_else(|| self.missing_field(start, key))
    }

    /// One of `names`, as its index.
    pub fn variant(&mut self, names: &[&str]) -> Result<usize> {
        let at = self.position();
        let name = self.string()?;
        names
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| self.unknown_variant(at, &name, names))
    }

    pub fn unknown_variant(&self, at: usize, name: &str, names: &[&str]) -> Error {
        self.error_at(
            at,
            format!("unknown variant `{name}`, expected {}", one_of(names)),
        )
    }
}

/// "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => "nothing".into(),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

impl ReadJson for String {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        r.string().map(Cow::into_owned)
    }
}

impl ReadJson for Arc<str> {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        r.string().map(|s| Arc::from(&*s))
    }
}

impl ReadJson for bool {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        r.bool()
    }
}

impl ReadJson for u32 {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        // The limit makes the cast exact.
        r.integer(0, u32::MAX.into()).map(|(_, n)| n as u32)
    }
}

impl ReadJson for u64 {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        r.integer(0, u64::MAX).map(|(_, n)| n)
    }
}

impl ReadJson for i64 {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        let (negative, magnitude) = r.integer(i64::MIN.unsigned_abs(), i64::MAX as u64)?;
        // Within range by the limits above: -2^63 is the only magnitude beyond i64::MAX.
        Ok(if negative {
            0i64.wrapping_sub_unsigned(magnitude)
        } else {
            magnitude as i64
        })
    }
}

impl ReadJson for NaiveDate {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        let at = r.position();
        let text = r.string()?;
        parse_date(&text).ok_or_else(|| {
            r.error_at(
                at,
                format!("\"{text}\" is not a date: expected a date written YYYY-MM-DD"),
            )
        })
    }
}

impl<T: ReadJson> ReadJson for Option<T> {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        if r.null() {
            Ok(None)
        } else {
            T::read_json(r).map(Some)
        }
    }
}

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        let mut items = Vec::new();
        r.array(|r| {
            items.push(T::read_json(r)?);
            Ok(())
        })?;
        Ok(items)
    }
}

/// Any JSON value, read and dropped: a field a reader does not need.
pub struct Skipped;

impl ReadJson for Skipped {
    fn read_json(r: &mut Reader<'_>) -> Result<Self> {
        r.skip_value().map(|()| Skipped)
    }
}
