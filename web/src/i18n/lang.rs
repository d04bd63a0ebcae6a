//! The visitor's language: Indonesian by default, English by the switch in
//! the header. The choice is kept in `localStorage`, applied to
//! `<html lang>`, and read by every text accessor (`i18n::NAME()`).

use std::cell::Cell;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

const STORAGE_KEY: &str = "aruna.lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Id) };
}

/// The language texts are read in right now.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

pub fn english() -> bool {
    lang() == Lang::En
}

/// Sets the language for this thread without touching the page (tests).
pub fn use_lang(l: Lang) {
    CURRENT.with(|c| c.set(l));
}

/// Bumped on every switch: the app re-renders its layout when it changes.
#[derive(Clone, Copy)]
pub struct LangSignal(pub RwSignal<Lang>);

/// Reads the remembered choice, applies it, and provides the signal.
pub fn provide_lang() -> LangSignal {
    let saved = LocalStorage::get::<String>(STORAGE_KEY)
        .ok()
        .and_then(|c| Lang::parse(&c))
        .unwrap_or_default();
    use_lang(saved);
    set_html_lang(saved);
    let signal = LangSignal(RwSignal::new(saved));
    provide_context(signal);
    signal
}

/// Switches the language, remembers it and re-renders the page.
pub fn switch_lang(to: Lang) {
    use_lang(to);
    let _ = LocalStorage::set(STORAGE_KEY, to.code());
    set_html_lang(to);
    if let Some(LangSignal(s)) = use_context::<LangSignal>() {
        s.set(to);
    }
}

fn set_html_lang(l: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", l.code());
    }
}
