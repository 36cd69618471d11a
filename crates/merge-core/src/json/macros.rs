//! How each type says what its JSON is, next to its definition:
//!
//! - `json_struct!(Type { a, b = default, c = None => keep })`: fields in declaration order,
//!   named as in Rust. `= default`: may be missing when read. `=> keep`: written only when
//!   `keep(&value)`. `json_struct!(@read Type {..})` reads only;
//!   `json_struct!(@read_known Type {..})` reads only and skips keys the type does not have.
//! - `json_tagged!(Type, "kind", { Variant = "variant" { fields as above } })`: an enum written
//!   as an object whose `"kind"` names the variant.
//! - `json_names!(Type { Variant = "variant" })`: a field-less enum written as a string.
//! - `json_string!(Type)`: a newtype over `String`, written as its string.
//!
//! With the `serde` feature each also gets serde impls that go through the same JSON.

#[macro_export]
macro_rules! json_struct {
    ($ty:ident { $( $field:ident $(= $default:expr)? $(=> $keep:expr)? ),* $(,)? }) => {
        $crate::json_struct!(@write $ty { $( $field $(=> $keep)? ),* });
        $crate::json_struct!(@read $ty { $( $field $(= $default)? ),* });
        $crate::json_serde!($ty);
    };
    (@write $ty:ident { $( $field:ident $(=> $keep:expr)? ),* $(,)? }) => {
        impl $crate::json::WriteJson for $ty {
            fn write_json(&self, w: &mut $crate::json::Writer) {
                let mut o = w.object();
                $( $crate::json_field!(@write o, &self.$field, stringify!($field) $(, $keep)?); )*
                o.end();
            }
        }
    };
    // Reading only; a key the type does not have is an error.
    (@read $ty:ident { $( $field:ident $(= $default:expr)? ),* $(,)? }) => {
        $crate::json_struct!(@reader deny, $ty { $( $field $(= $default)? ),* });
    };
    // Reading only; keys the type does not have are skipped (another program's JSON, which
    // may gain fields).
    (@read_known $ty:ident { $( $field:ident $(= $default:expr)? ),* $(,)? }) => {
        $crate::json_struct!(@reader skip, $ty { $( $field $(= $default)? ),* });
    };
    (@reader $unknown:ident, $ty:ident { $( $field:ident $(= $default:expr)? ),* }) => {
        impl $crate::json::ReadJson for $ty {
            fn read_json(r: &mut $crate::json::Reader<'_>) -> $crate::json::read::Result<Self> {
                $( let mut $field = None; )*
                let at = r.object(|r, key| match key {
                    $( stringify!($field) => r.slot(&mut $field, key), )*
                    _ => $crate::json_field!(@unknown $unknown, r, key, [$( stringify!($field) ),*]),
                })?;
                $crate::json_field!(@finish r, at, [Self], $( $field $(= $default)? ),*)
            }
        }
    };
}

#[macro_export]
macro_rules! json_tagged {
    ($ty:ident, $tag:literal, {
        $( $variant:ident = $name:literal { $( $field:ident $(= $default:expr)? $(=> $keep:expr)? ),* $(,)? } ),* $(,)?
    }) => {
        impl $crate::json::WriteJson for $ty {
            fn write_json(&self, w: &mut $crate::json::Writer) {
                match self {
                    $( Self::$variant { $( $field ),* } => {
                        let mut o = w.object();
                        o.field($tag, &$name);
                        $( $crate::json_field!(@write o, $field, stringify!($field) $(, $keep)?); )*
                        o.end();
                    } )*
                }
            }
        }

        impl $crate::json::ReadJson for $ty {
            fn read_json(r: &mut $crate::json::Reader<'_>) -> $crate::json::read::Result<Self> {
                let at = r.position();
                let tag = r.tag($tag)?;
                match &*tag {
                    $( $name => {
                        $( let mut $field = None; )*
                        let at = r.object(|r, key| match key {
                            $tag => r.skip_value(),
                            $( stringify!($field) => r.slot(&mut $field, key), )*
                            _ => Err(r.unknown_field(key, &[$tag, $( stringify!($field) ),*])),
                        })?;
                        $crate::json_field!(@finish r, at, [Self::$variant], $( $field $(= $default)? ),*)
                    } )*
                    other => Err(r.unknown_variant(at, other, &[$( $name ),*])),
                }
            }
        }

        $crate::json_serde!($ty);
    };
}

#[macro_export]
macro_rules! json_names {
    ($ty:ident { $( $variant:ident = $name:literal ),* $(,)? }) => {
        impl $ty {
            /// The name written in JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $name, )*
                }
            }
        }

        impl $crate::json::WriteJson for $ty {
            fn write_json(&self, w: &mut $crate::json::Writer) {
                w.string(self.as_str());
            }
        }

        impl $crate::json::ReadJson for $ty {
            fn read_json(r: &mut $crate::json::Reader<'_>) -> $crate::json::read::Result<Self> {
                const ALL: &[$ty] = &[$( $ty::$variant ),*];
                Ok(ALL[r.variant(&[$( $name ),*])?])
            }
        }

        $crate::json_serde!($ty);
    };
}

#[macro_export]
macro_rules! json_string {
    ($ty:ident) => {
        impl $crate::json::WriteJson for $ty {
            fn write_json(&self, w: &mut $crate::json::Writer) {
                w.string(&self.0);
            }
        }

        impl $crate::json::ReadJson for $ty {
            fn read_json(r: &mut $crate::json::Reader<'_>) -> $crate::json::read::Result<Self> {
                <String as $crate::json::ReadJson>::read_json(r).map(Self)
            }
        }

        $crate::json_serde!($ty);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! json_field {
    (@unknown deny, $r:ident, $key:ident, [$( $name:expr ),*]) => {
        Err($r.unknown_field($key, &[$( $name ),*]))
    };
    (@unknown skip, $r:ident, $key:ident, [$( $name:expr ),*]) => {
        $r.skip_value()
    };
    (@write $o:ident, $value:expr, $name:expr) => {
        $o.field($name, $value)
    };
    (@write $o:ident, $value:expr, $name:expr, $keep:expr) => {
        if $keep($value) {
            $o.field($name, $value)
        }
    };
    // Builds the value from its slots: defaults for missing optional fields, else the first
    // missing required field's error. One match over all slots keeps the code linear in the
    // number of fields (returning at each missing field would drop every slot at each return).
    (@finish $r:ident, $at:ident, [$($ctor:tt)+], $( $field:ident $(= $default:expr)? ),*) => {{
        let mut missing = None;
        $( $crate::json_field!(@check missing, $field $(, $default)?); )*
        match ($( $field, )*) {
            ($( $crate::json_field!(@pattern $field $(, $default)?), )*) => Ok($($ctor)+ { $( $field ),* }),
            #[allow(unreachable_patterns)]
            _ => Err($r.missing_field($at, missing.unwrap_or_default())),
        }
    }};
    (@check $missing:ident, $field:ident) => {
        if $missing.is_none() && $field.is_none() {
            $missing = Some(stringify!($field));
        }
    };
    (@check $missing:ident, $field:ident, $default:expr) => {
        let $field = match $field {
            Some(value) => value,
            None => $default,
        };
    };
    (@pattern $field:ident) => {
        Some($field)
    };
    (@pattern $field:ident, $default:expr) => {
        $field
    };
}

#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! json_serde {
    ($ty:ident) => {
        impl $crate::json::serde_bridge::serde::Serialize for $ty {
            fn serialize<S: $crate::json::serde_bridge::serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                $crate::json::serde_bridge::serialize(self, serializer)
            }
        }

        impl<'de> $crate::json::serde_bridge::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::json::serde_bridge::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                $crate::json::serde_bridge::deserialize(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! json_serde {
    ($ty:ident) => {};
}
