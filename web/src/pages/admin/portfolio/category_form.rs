//! The inline "new category" form (`#category-form`) and the categories
//! there are already.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::portfolio::{check_category_name, PortfolioCategory};
use shared::ErrorCode;

use crate::api;
use crate::components::{Field, Spinner};
use crate::i18n;
use crate::state::use_auth;

#[component]
pub fn CategoryForm(
    #[prop(into)] categories: Signal<Vec<PortfolioCategory>>,
    on_added: Callback<PortfolioCategory>,
) -> impl IntoView {
    let auth = use_auth();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);

    let add = Action::new_local(move |typed: &String| {
        let typed = typed.clone();
        async move {
            match api::portfolio::create_category(auth, typed).await {
                Ok(category) => {
                    let _ = error.try_set(None);
                    let _ = name.try_set(String::new());
                    on_added.run(category);
                }
                Err(err) if err.code() == Some(ErrorCode::Conflict) => {
                    let _ = error.try_set(Some(i18n::CATEGORY_TAKEN().to_owned()));
                }
                Err(err) => {
                    let message = err
                        .field_errors()
                        .remove("name")
                        .unwrap_or_else(|| err.message());
                    let _ = error.try_set(Some(message));
                }
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if add.pending().get_untracked() {
            return;
        }
        match check_category_name(&name.get_untracked()) {
            Ok(clean) => {
                error.set(None);
                add.dispatch(clean);
            }
            Err(msg) => error.set(Some(msg.to_owned())),
        }
    };

    view! {
        <section class="card category-card" aria-labelledby="category-form-title">
            <h2 id="category-form-title">{i18n::CATEGORY_FORM_TITLE()}</h2>
            <form id="category-form" class="inline-form" novalidate on:submit=on_submit>
                <Field id="category_name" label=i18n::LABEL_CATEGORY_NAME() value=name error=error hint=i18n::HINT_CATEGORY_NAME() autocomplete="off"/>
                <button type="submit" class="btn btn-primary" id="add-category" disabled=move || add.pending().get() aria-busy=move || add.pending().get().to_string()>
                    {move || add.pending().get().then(|| view! { <Spinner/> })}
                    <span>{i18n::CATEGORY_ADD()}</span>
                </button>
            </form>
            {move || (!categories.with(Vec::is_empty)).then(|| view! {
                <ul class="category-list" aria-label=i18n::CATEGORY_LIST_LABEL() data-testid="category-list">
                    {categories.get().into_iter().map(|c| view! { <li data-slug=c.slug>{c.name}</li> }).collect_view()}
                </ul>
            })}
        </section>
    }
}
