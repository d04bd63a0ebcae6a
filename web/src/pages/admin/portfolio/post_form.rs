//! The post form (`#post-form`): category, title, story, published, order;
//! checked as the admin types with `PostInput::validate`, the server's rules.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::portfolio::{PortfolioCategory, PortfolioPost, PostInput};
use shared::FieldErrors;
use uuid::Uuid;

use crate::api;
use crate::components::field::{described_by, FieldMessage};
use crate::components::form_state::focus_first_invalid;
use crate::components::inputs::parse_optional_int;
use crate::components::{CheckboxField, Field, FormError, FormState, SubmitButton, TextAreaField};
use crate::i18n;
use crate::state::use_auth;

/// The form's inputs as typed.
#[derive(Debug, Clone, PartialEq)]
struct PostText {
    category_id: String,
    title: String,
    story: String,
    published: bool,
    sort_order: String,
}

impl PostText {
    fn of(p: Option<&PortfolioPost>) -> PostText {
        match p {
            Some(p) => PostText {
                category_id: p.category.id.to_string(),
                title: p.title.clone(),
                story: p.story.clone(),
                published: p.published,
                sort_order: p.sort_order.to_string(),
            },
            None => PostText {
                category_id: String::new(),
                title: String::new(),
                story: String::new(),
                published: false,
                sort_order: "0".to_owned(),
            },
        }
    }

    /// The cleaned input to send, or every problem by JSON field name.
    fn read(&self) -> Result<PostInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let category_id = Uuid::parse_str(self.category_id.trim()).unwrap_or_else(|_| {
            errors.insert("category_id".into(), i18n::CATEGORY_REQUIRED().into());
            Uuid::nil()
        });
        let sort_order = parse_optional_int(&self.sort_order, 0).unwrap_or_else(|msg| {
            errors.insert("sort_order".into(), msg.into());
            0
        });
        let input = PostInput {
            category_id,
            title: self.title.clone(),
            story: self.story.clone(),
            published: self.published,
            sort_order,
        };
        match input.validate() {
            Ok(clean) if errors.is_empty() => Ok(clean),
            Ok(_) => Err(errors),
            Err(rules) => {
                for (field, msg) in rules {
                    errors.entry(field).or_insert(msg);
                }
                Err(errors)
            }
        }
    }
}

#[component]
pub fn PostForm(
    /// The post to edit; `None` creates one.
    initial: Option<PortfolioPost>,
    #[prop(into)] categories: Signal<Vec<PortfolioCategory>>,
    on_saved: Callback<PortfolioPost>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let editing = initial.as_ref().map(|p| p.id);
    let start = PostText::of(initial.as_ref());
    let category_id = RwSignal::new(start.category_id);
    let title = RwSignal::new(start.title);
    let story = RwSignal::new(start.story);
    let published = RwSignal::new(start.published);
    let sort_order = RwSignal::new(start.sort_order);

    let draft = Memo::new(move |_| {
        PostText {
            category_id: category_id.get(),
            title: title.get(),
            story: story.get(),
            published: published.get(),
            sort_order: sort_order.get(),
        }
        .read()
    });
    let form = FormState::new();
    let check = move |field: &'static str| {
        form.error(field, move || {
            draft.with(|d| d.as_ref().err().and_then(|e| e.get(field).cloned()))
        })
    };
    let category_error = check("category_id");
    let title_error = check("title");
    let story_error = check("story");
    let sort_error = check("sort_order");

    let save = Action::new_local(move |input: &PostInput| {
        let input = input.clone();
        async move {
            let saved = match editing {
                Some(id) => api::portfolio::update(auth, id, &input).await,
                None => api::portfolio::create(auth, &input).await,
            };
            match saved {
                Ok(p) => on_saved.run(p),
                Err(err) => form.fail(&err),
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if save.pending().get_untracked() {
            return;
        }
        form.submitting();
        let fields = [
            ("category_id", category_error),
            ("title", title_error),
            ("story", story_error),
            ("sort_order", sort_error),
        ];
        match draft.get_untracked() {
            Ok(input) => {
                save.dispatch(input);
            }
            Err(_) => focus_first_invalid(&fields),
        }
    };

    let heading = if editing.is_some() {
        i18n::POST_EDIT_TITLE()
    } else {
        i18n::POST_NEW()
    };
    let category_hint = Signal::derive(move || {
        categories
            .with(Vec::is_empty)
            .then(|| i18n::CATEGORY_NONE_YET().to_owned())
    });

    view! {
        <section class="card editor" aria-labelledby="post-form-title">
            <h2 id="post-form-title">{heading}</h2>
            <form id="post-form" novalidate on:submit=on_submit>
                <FormError message=form.form_error()/>
                <div class="form-grid">
                    <div class="field" class:has-error=move || category_error.with(Option::is_some)>
                        <label for="category_id">{i18n::LABEL_CATEGORY()}</label>
                        <select
                            id="category_id"
                            name="category_id"
                            aria-invalid=move || category_error.with(Option::is_some).to_string()
                            aria-describedby=described_by("category_id", category_error)
                            prop:value=move || category_id.get()
                            on:change=move |ev| {
                                category_id.set(event_target_value(&ev));
                                form.edited("category_id");
                            }
                        >
                            <option value="" selected=move || category_id.with(String::is_empty)>{i18n::CATEGORY_PICK()}</option>
                            {move || categories
                                .get()
                                .into_iter()
                                .map(|c| {
                                    let value = c.id.to_string();
                                    let mine = value.clone();
                                    view! { <option value=value selected=move || category_id.with(|v| *v == mine)>{c.name}</option> }
                                })
                                .collect_view()}
                        </select>
                        <FieldMessage id="category_id" error=category_error hint=category_hint/>
                    </div>
                    <Field id="title" label=i18n::LABEL_TITLE() value=title error=title_error form=form/>
                </div>
                <TextAreaField id="story" label=i18n::LABEL_STORY() value=story error=story_error hint=i18n::HINT_STORY() rows=6 form=form/>
                <div class="form-grid">
                    <CheckboxField id="published" label=i18n::LABEL_PUBLISHED() checked=published hint=i18n::HINT_PUBLISHED() form=form/>
                    <Field
                        id="sort_order"
                        label=i18n::LABEL_SORT_ORDER()
                        value=sort_order
                        error=sort_error
                        inputmode="numeric"
                        autocomplete="off"
                        hint=i18n::HINT_SORT_ORDER()
                        form=form
                    />
                </div>
                <div class="form-actions">
                    <SubmitButton label=i18n::SAVE() pending_label=i18n::SAVING() pending=save.pending() id="save-post"/>
                    <button type="button" class="btn btn-ghost" on:click=move |_| on_cancel.run(())>{i18n::CANCEL()}</button>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> PostText {
        PostText {
            category_id: Uuid::from_u128(7).to_string(),
            title: "  Sari &  Budi ".into(),
            story: " Hari bahagia ".into(),
            published: true,
            sort_order: " 2 ".into(),
        }
    }

    #[test]
    fn typed_text_becomes_a_clean_input() {
        let input = typed().read().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.category_id, Uuid::from_u128(7));
        assert_eq!(input.title, "Sari & Budi");
        assert_eq!(input.story, "Hari bahagia");
        assert_eq!((input.published, input.sort_order), (true, 2));
    }

    #[test]
    fn every_problem_is_reported_on_its_field() {
        let bad = PostText {
            category_id: String::new(),
            title: " ".into(),
            sort_order: "satu".into(),
            ..typed()
        };
        let errors = bad.read().err().unwrap_or_default();
        for field in ["category_id", "title", "sort_order"] {
            assert!(errors.contains_key(field), "{field}: {errors:?}");
        }
        assert_eq!(
            errors.get("category_id").map(String::as_str),
            Some(i18n::CATEGORY_REQUIRED())
        );
    }

    #[test]
    fn a_new_post_starts_as_an_unpublished_draft() {
        let t = PostText::of(None);
        assert!(!t.published);
        assert_eq!(t.sort_order, "0");
        assert!(t.read().is_err(), "a category and a title are needed");
    }
}
