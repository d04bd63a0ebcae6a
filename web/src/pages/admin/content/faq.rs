//! The FAQ entries: add (`#faq-add-form`), edit one at a time in place
//! (`#faq-edit-form`), move up or down, delete. The API's field errors show
//! under their inputs.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::site::{FaqEntry, FaqInput, FAQ_MAX};
use shared::FieldErrors;
use uuid::Uuid;

use super::action::Panel;
use super::inputs::{Outcome, SaveButton, TextArea, TextInput};
use super::rules::moved;
use crate::api;
use crate::components::confirm;
use crate::i18n;
use crate::pages::about::paragraphs;
use crate::state::use_auth;

/// The four inputs of an entry, as typed.
#[derive(Clone, Copy)]
struct FaqFields {
    question: RwSignal<String>,
    answer: RwSignal<String>,
    question_en: RwSignal<String>,
    answer_en: RwSignal<String>,
}

impl FaqFields {
    fn new(input: FaqInput) -> FaqFields {
        FaqFields {
            question: RwSignal::new(input.question),
            answer: RwSignal::new(input.answer),
            question_en: RwSignal::new(input.question_en),
            answer_en: RwSignal::new(input.answer_en),
        }
    }

    fn of(entry: &FaqEntry) -> FaqFields {
        FaqFields::new(FaqInput {
            question: entry.question.clone(),
            answer: entry.answer.clone(),
            question_en: entry.question_en.clone(),
            answer_en: entry.answer_en.clone(),
        })
    }

    fn read(&self) -> FaqInput {
        FaqInput {
            question: self.question.get_untracked(),
            answer: self.answer.get_untracked(),
            question_en: self.question_en.get_untracked(),
            answer_en: self.answer_en.get_untracked(),
        }
    }

    fn clear(&self) {
        for s in [self.question, self.answer, self.question_en, self.answer_en] {
            s.set(String::new());
        }
    }
}

#[component]
fn FaqInputs(
    prefix: &'static str,
    fields: FaqFields,
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    view! {
        <TextInput id=format!("{prefix}-question") field="question" label=i18n::CONTENT_FAQ_QUESTION() value=fields.question errors=errors/>
        <TextArea id=format!("{prefix}-answer") field="answer" label=i18n::CONTENT_FAQ_ANSWER() value=fields.answer errors=errors rows=4/>
        <TextInput id=format!("{prefix}-question-en") field="question_en" label=i18n::CONTENT_FAQ_QUESTION_EN() value=fields.question_en errors=errors optional=true/>
        <TextArea id=format!("{prefix}-answer-en") field="answer_en" label=i18n::CONTENT_FAQ_ANSWER_EN() value=fields.answer_en errors=errors optional=true rows=4/>
    }
}

#[component]
pub fn FaqPanel(faq: RwSignal<Vec<FaqEntry>>) -> impl IntoView {
    let auth = use_auth();
    let panel = Panel::new();
    let Panel {
        busy,
        notice,
        problem,
    } = panel;
    let editing = RwSignal::new(None::<Uuid>);
    let count = move || faq.with(Vec::len);
    // A memo: the add form must not be drawn anew (losing what was typed)
    // on every change to the list.
    let full = Memo::new(move |_| count() >= FAQ_MAX);

    let reorder = move |index: usize, delta: isize| {
        let ids: Vec<Uuid> = faq.with_untracked(|v| v.iter().map(|e| e.id).collect());
        let Some(order) = moved(&ids, index, delta) else {
            return;
        };
        panel.run(api::site::order_faq(auth, order), move |saved| {
            let _ = faq.try_set(saved);
            i18n::CONTENT_ORDER_SAVED()
        });
    };

    let remove = move |id: Uuid| {
        if panel.is_busy() || !confirm(i18n::CONTENT_FAQ_DELETE_CONFIRM()) {
            return;
        }
        panel.run(api::site::delete_faq(auth, id), move |()| {
            faq.try_update(|v| v.retain(|e| e.id != id));
            i18n::CONTENT_FAQ_DELETED()
        });
    };

    view! {
        <section class="card content-panel" id="content-faq" aria-labelledby="content-faq-title">
            <h2 id="content-faq-title">
                {i18n::CONTENT_FAQ_TITLE()}
                <span class="count" data-testid="faq-count">{count}</span>
            </h2>
            <p class="muted">{i18n::CONTENT_FAQ_LEAD()}</p>
            <div class="flash"><Outcome notice=notice problem=problem/></div>
            <Show
                when=move || count() != 0
                fallback=|| view! { <p class="empty-note" data-testid="faq-admin-empty">{i18n::CONTENT_FAQ_EMPTY()}</p> }
            >
                <ol class="content-list content-faq-list" id="faq-list">
                    <For
                        each=move || {
                            let all = faq.get();
                            let len = all.len();
                            all.into_iter().enumerate().map(move |(i, e)| (i, len, e)).collect::<Vec<_>>()
                        }
                        key=|(i, len, e)| (e.id, *i, *len)
                        children=move |(i, len, e)| view! {
                            <FaqItem entry=e index=i last=len.saturating_sub(1) faq=faq busy=busy editing=editing notice=notice problem=problem reorder=reorder remove=remove/>
                        }
                    />
                </ol>
            </Show>
        </section>
        {move || if full.get() {
            view! { <p class="alert alert-info" data-testid="faq-full">{i18n::CONTENT_FAQ_FULL()}</p> }.into_any()
        } else {
            view! { <FaqAddForm faq=faq notice=notice/> }.into_any()
        }}
    }
}

#[component]
fn FaqAddForm(faq: RwSignal<Vec<FaqEntry>>, notice: RwSignal<Option<String>>) -> impl IntoView {
    let auth = use_auth();
    let fields = FaqFields::new(FaqInput::default());
    let errors = RwSignal::new(FieldErrors::new());
    let problem = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);
    let added = RwSignal::new(None::<String>);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        added.set(None);
        problem.set(None);
        let input = match fields.read().validate() {
            Ok(input) => input,
            Err(fields) => {
                errors.set(fields);
                return;
            }
        };
        errors.set(FieldErrors::new());
        pending.set(true);
        spawn_local(async move {
            match api::site::create_faq(auth, &input).await {
                Ok(entry) => {
                    faq.try_update(|v| v.push(entry));
                    fields.clear();
                    let _ = notice.try_set(None);
                    let _ = added.try_set(Some(i18n::CONTENT_FAQ_ADDED().to_owned()));
                }
                Err(err) => {
                    let _ = errors.try_set(err.field_errors());
                    let _ = problem.try_set(Some(err.message()));
                }
            }
            let _ = pending.try_set(false);
        });
    };

    view! {
        <form class="card content-panel" id="faq-add-form" novalidate aria-labelledby="faq-add-title" on:submit=on_submit>
            <h2 id="faq-add-title">{i18n::CONTENT_FAQ_ADD_TITLE()}</h2>
            <div class="flash"><Outcome notice=added problem=problem/></div>
            <FaqInputs prefix="faq-new" fields=fields errors=errors/>
            <div class="form-actions">
                <SaveButton id="faq-add" label=i18n::CONTENT_FAQ_ADD() pending=pending/>
            </div>
        </form>
    }
}

#[component]
#[allow(clippy::too_many_arguments)]
fn FaqItem(
    entry: FaqEntry,
    index: usize,
    last: usize,
    faq: RwSignal<Vec<FaqEntry>>,
    busy: RwSignal<bool>,
    editing: RwSignal<Option<Uuid>>,
    notice: RwSignal<Option<String>>,
    problem: RwSignal<Option<String>>,
    reorder: impl Fn(usize, isize) + Copy + Send + Sync + 'static,
    remove: impl Fn(Uuid) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = entry.id;
    let shown = RwSignal::new(entry);
    let is_editing = Memo::new(move |_| editing.get() == Some(id));

    view! {
        <li class="content-item faq-admin-item" data-testid="faq-admin-item" data-faq-id=id.to_string()>
            {move || if is_editing.get() {
                view! { <FaqEditForm shown=shown faq=faq editing=editing notice=notice/> }.into_any()
            } else {
                let e = shown.get();
                let translated = !e.question_en.is_empty();
                view! {
                    <div class="content-item-body">
                        <p class="content-item-head">
                            <strong class="faq-admin-question">{format!("{}. {}", index + 1, e.question)}</strong>
                            {(!translated).then(|| view! { <span class="badge">{i18n::CONTENT_FAQ_NO_EN()}</span> })}
                        </p>
                        <div class="faq-admin-answer">
                            {paragraphs(&e.answer).into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                        </div>
                        {translated.then(|| view! {
                            <details class="faq-admin-en">
                                <summary>{i18n::CONTENT_FAQ_EN_VERSION()}</summary>
                                <p><strong>{e.question_en.clone()}</strong></p>
                                <p class="pre">{e.answer_en.clone()}</p>
                            </details>
                        })}
                        <div class="row-actions content-actions">
                            <button type="button" class="btn btn-ghost btn-small" data-testid="faq-edit" disabled=move || busy.get() on:click=move |_| {
                                notice.set(None);
                                problem.set(None);
                                editing.set(Some(id));
                            }>
                                {i18n::CONTENT_FAQ_EDIT()}
                            </button>
                            <button type="button" class="btn btn-ghost btn-small" data-testid="faq-up" aria-label=i18n::CONTENT_MOVE_UP() title=i18n::CONTENT_MOVE_UP() disabled=move || index == 0 || busy.get() on:click=move |_| reorder(index, -1)>
                                <span aria-hidden="true">"↑"</span>
                            </button>
                            <button type="button" class="btn btn-ghost btn-small" data-testid="faq-down" aria-label=i18n::CONTENT_MOVE_DOWN() title=i18n::CONTENT_MOVE_DOWN() disabled=move || index == last || busy.get() on:click=move |_| reorder(index, 1)>
                                <span aria-hidden="true">"↓"</span>
                            </button>
                            <button type="button" class="btn btn-danger btn-small" data-testid="faq-delete" disabled=move || busy.get() on:click=move |_| remove(id)>
                                {i18n::CONTENT_DELETE()}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }}
        </li>
    }
}

#[component]
fn FaqEditForm(
    shown: RwSignal<FaqEntry>,
    faq: RwSignal<Vec<FaqEntry>>,
    editing: RwSignal<Option<Uuid>>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let auth = use_auth();
    let id = shown.with_untracked(|e| e.id);
    let fields = shown.with_untracked(FaqFields::of);
    let errors = RwSignal::new(FieldErrors::new());
    let problem = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);
    let quiet = RwSignal::new(None::<String>);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        problem.set(None);
        let input = match fields.read().validate() {
            Ok(input) => input,
            Err(fields) => {
                errors.set(fields);
                return;
            }
        };
        errors.set(FieldErrors::new());
        pending.set(true);
        spawn_local(async move {
            match api::site::update_faq(auth, id, &input).await {
                Ok(saved) => {
                    faq.try_update(|v| {
                        if let Some(e) = v.iter_mut().find(|e| e.id == id) {
                            *e = saved.clone();
                        }
                    });
                    let _ = shown.try_set(saved);
                    let _ = notice.try_set(Some(i18n::CONTENT_FAQ_SAVED().to_owned()));
                    let _ = editing.try_set(None);
                }
                Err(err) => {
                    let _ = errors.try_set(err.field_errors());
                    let _ = problem.try_set(Some(err.message()));
                }
            }
            let _ = pending.try_set(false);
        });
    };

    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id("faq-edit-question")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });

    view! {
        <form class="faq-edit-form" id="faq-edit-form" novalidate on:submit=on_submit>
            <Outcome notice=quiet problem=problem/>
            <FaqInputs prefix="faq-edit" fields=fields errors=errors/>
            <div class="form-actions">
                <SaveButton id="faq-save" label=i18n::CONTENT_SAVE() pending=pending/>
                <button type="button" class="btn btn-ghost" data-testid="faq-cancel" on:click=move |_| editing.set(None)>
                    {i18n::CONTENT_CANCEL()}
                </button>
            </div>
        </form>
    }
}
