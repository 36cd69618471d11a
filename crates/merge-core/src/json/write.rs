//! The canonical JSON writer: compact, fields in declaration order, strings escaped as
//! serde_json escapes them (so plans written before this writer keep their fingerprints).

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

/// A value the engine can write as JSON.
pub trait WriteJson {
    fn write_json(&self, w: &mut Writer);
}

#[derive(Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            out: String::with_capacity(capacity),
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    pub fn bool(&mut self, value: bool) {
        self.out.push_str(if value { "true" } else { "false" });
    }

    pub fn unsigned(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        // Only ASCII digits were written.
        self.out
            .push_str(std::str::from_utf8(&digits[i..]).unwrap_or_default());
    }

    pub fn signed(&mut self, n: i64) {
        if n < 0 {
            self.out.push('-');
        }
        self.unsigned(n.unsigned_abs());
    }

    /// A JSON string: `"`, `\` and control characters escaped, nothing else.
    pub fn string(&mut self, text: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push('"');
        let bytes = text.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(text.get(start..i).unwrap_or_default());
            if escape.is_empty() {
                self.out.push_str("\\u00");
                self.out.push(HEX[usize::from(b >> 4)] as char);
                self.out.push(HEX[usize::from(b & 0xf)] as char);
            } else {
                self.out.push_str(escape);
            }
            start = i + 1;
        }
        self.out.push_str(text.get(start..).unwrap_or_default());
        self.out.push('"');
    }

    pub fn array<T: WriteJson>(&mut self, items: &[T]) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            item.write_json(self);
        }
        self.out.push(']');
    }

    /// Starts an object; write its fields with [`ObjectWriter::field`], then `end` it.
    pub fn object(&mut self) -> ObjectWriter<'_> {
        self.out.push('{');
        ObjectWriter {
            w: self,
            first: true,
        }
    }
}

pub struct ObjectWriter<'w> {
    w: &'w mut Writer,
    first: bool,
}

impl ObjectWriter<'_> {
    /// Writes `"name":value`. Takes `dyn` so that each field costs a call, not a copy of the
    /// value's writer.
    pub fn field(&mut self, name: &str, value: &dyn WriteJson) {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
        self.w.out.push('"');
        self.w.out.push_str(name);
        self.w.out.push_str("\":");
        value.write_json(self.w);
    }

    pub fn end(self) {
        self.w.out.push('}');
    }
}

impl WriteJson for &str {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl WriteJson for String {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl WriteJson for Arc<str> {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl WriteJson for bool {
    fn write_json(&self, w: &mut Writer) {
        w.bool(*self);
    }
}

impl WriteJson for u32 {
    fn write_json(&self, w: &mut Writer) {
        w.unsigned(u64::from(*self));
    }
}

impl WriteJson for u64 {
    fn write_json(&self, w: &mut Writer) {
        w.unsigned(*self);
    }
}

impl WriteJson for i64 {
    fn write_json(&self, w: &mut Writer) {
        w.signed(*self);
    }
}

impl WriteJson for NaiveDate {
    /// `YYYY-MM-DD`, as chrono's `Display` writes years 0 to 9999.
    fn write_json(&self, w: &mut Writer) {
        let (year, month, day) = (self.year(), self.month(), self.day());
        if !(0..=9999).contains(&year) {
            w.string(&self.to_string());
            return;
        }
        let year = year as u32;
        let mut text = *b"0000-00-00";
        for (i, digit) in [
            year / 1000,
            year / 100 % 10,
            year / 10 % 10,
            year % 10,
            10,
            month / 10,
            month % 10,
            10,
            day / 10,
            day % 10,
        ]
        .into_iter()
        .enumerate()
        {
            if digit < 10 {
                text[i] = b'0' + digit as u8;
            }
        }
        w.out.push('"');
        w.out
            .push_str(std::str::from_utf8(&text).unwrap_or_default());
        w.out.push('"');
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Some(value) => value.write_json(w),
            None => w.null(),
        }
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, w: &mut Writer) {
        w.array(self);
    }
}

/// Field filters for `json_struct!`'s `=> keep` (`skip_serializing_if`, inverted).
pub fn is_some<T>(value: &Option<T>) -> bool {
    value.is_some()
}

pub fn is_not_empty<T>(value: &[T]) -> bool {
    !value.is_empty()
}

pub fn is_true(value: &bool) -> bool {
    *value
}
