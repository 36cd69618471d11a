//! What the API refused, as the reader reads it: the API says it in the reader's language
//! (the app names it in `Accept-Language`, from the catalogue's `api.ftl`); the app's own
//! words only when the server was not reached or not understood.

use merge_core::Lang;

use crate::api::ApiFailure;
use crate::i18n::td_string;

/// The refusal as the reader reads it.
pub fn refusal(failure: &ApiFailure, lang: Lang) -> String {
    match failure.code {
        Some(_) => as_sentence(&failure.message),
        None => td_string!(lang, refusal.unreachable),
    }
}

/// The API's message as a sentence on screen: its first letter a capital. ASCII case is
/// enough for the API's English (Unicode's case tables would add 15 KB to the app); its
/// Dutch and German sentences start with a capital already.
fn as_sentence(message: &str) -> String {
    let mut sentence = message.to_string();
    if let Some(first) = sentence.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    sentence
}
