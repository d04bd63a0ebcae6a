//! The review card of a finished (`done`) booking on `/akun/booking/:id`:
//! the form while there is no review yet, then the review with its status.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::testimonial::{ReviewInput, Testimonial};
use shared::ErrorCode;
use uuid::Uuid;

use crate::api;
use crate::components::field::FieldMessage;
use crate::components::form_state::focus_first_invalid;
use crate::components::testimonial::{my_review_status, CharCount, Stars, MAX_STARS};
use crate::components::{FormError, FormState, LoadError, Skeleton, Spinner};
use crate::i18n;
use crate::state::use_auth;

#[component]
pub fn ReviewCard(booking_id: Uuid) -> impl IntoView {
    let auth = use_auth();
    let review = LocalResource::new(move || api::testimonials::for_booking(auth, booking_id));
    // The review just sent: shown at once, without asking again.
    let posted = RwSignal::new(None::<Testimonial>);
    let reload = Callback::new(move |()| review.refetch());

    view! {
        <section class="card review-card" aria-labelledby="my-review-title" data-testid="review-card">
            <h2 id="my-review-title" class="card-title">{i18n::MY_REVIEW_TITLE()}</h2>
            {move || match posted.get() {
                Some(t) => view! { <MyReview review=t sent=true/> }.into_any(),
                None => view! {
                    <Transition fallback=|| view! { <Skeleton lines=3/> }>
                        {move || Suspend::new(async move {
                            match review.await {
                                Ok(Some(t)) => view! { <MyReview review=t sent=false/> }.into_any(),
                                Ok(None) => view! { <ReviewForm booking_id=booking_id posted=posted reload=reload/> }.into_any(),
                                Err(error) => view! {
                                    <LoadError error=error what=i18n::MY_REVIEW_LOAD_FAILED() retry=reload/>
                                }
                                .into_any(),
                            }
                        })}
                    </Transition>
                }
                .into_any(),
            }}
        </section>
    }
}

/// The client's own review and where it stands.
#[component]
fn MyReview(review: Testimonial, sent: bool) -> impl IntoView {
    let status = review.status;
    view! {
        <div class="my-review" data-testid="my-review" data-status=status.as_str()>
            {sent.then(|| view! { <div class="alert alert-success" role="status" data-testid="notice">{i18n::MY_REVIEW_SENT()}</div> })}
            <Stars rating=review.rating/>
            <blockquote class="testimonial-text pre">{review.text}</blockquote>
            <p class="review-status">
                <span class="status" class:status-on=status == shared::testimonial::TestimonialStatus::Approved data-testid="review-status">
                    {my_review_status(status)}
                </span>
            </p>
        </div>
    }
}

#[component]
fn ReviewForm(
    booking_id: Uuid,
    posted: RwSignal<Option<Testimonial>>,
    reload: Callback<()>,
) -> impl IntoView {
    let auth = use_auth();
    let form = FormState::new();
    let rating = RwSignal::new(0u8);
    let text = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let input = move || ReviewInput {
        rating: rating.get(),
        text: text.get(),
    };
    let rating_error = form.error("rating", move || {
        input()
            .validate()
            .err()
            .and_then(|e| e.get("rating").cloned())
    });
    let text_error = form.error("text", move || {
        input()
            .validate()
            .err()
            .and_then(|e| e.get("text").cloned())
    });
    let count = Memo::new(move |_| text.with(|t| CharCount::of(t)));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        form.submitting();
        let fields = [("rating-1", rating_error), ("review-text", text_error)];
        let body = ReviewInput {
            rating: rating.get_untracked(),
            text: text.get_untracked(),
        };
        let Ok(clean) = body.validate() else {
            focus_first_invalid(&fields);
            return;
        };
        let body = ReviewInput {
            text: clean,
            ..body
        };
        busy.set(true);
        spawn_local(async move {
            match api::testimonials::create(auth, booking_id, &body).await {
                Ok(t) => posted.set(Some(t)),
                // Reviewed meanwhile (another tab): show that review.
                Err(err) if err.code() == Some(ErrorCode::Conflict) => reload.run(()),
                Err(err) => {
                    form.fail(&err);
                    focus_first_invalid(&fields);
                }
            }
            let _ = busy.try_set(false);
        });
    };

    view! {
        <p>{i18n::MY_REVIEW_LEAD()}</p>
        <form id="review-form" class="review-form" novalidate on:submit=submit>
            <fieldset class="field star-picker" class:has-error=move || rating_error.with(Option::is_some)>
                <legend>{i18n::MY_REVIEW_RATING_LABEL()}</legend>
                <div class="star-options">
                    {(1..=MAX_STARS)
                        .map(|n| view! {
                            <label class="star" class:on={move || rating.get() >= n} data-value=n>
                                <input
                                    type="radio"
                                    name="rating"
                                    id=format!("rating-{n}")
                                    value=n
                                    aria-label=format!("{n} {}", i18n::STARS())
                                    aria-describedby="rating-error"
                                    prop:checked=move || rating.get() == n
                                    on:change=move |_| {
                                        rating.set(n);
                                        form.edited("rating");
                                        form.touch("rating");
                                    }
                                />
                                <span aria-hidden="true">"★"</span>
                            </label>
                        })
                        .collect_view()}
                </div>
                <FieldMessage id="rating" error=rating_error/>
            </fieldset>
            <div class="field" class:has-error=move || text_error.with(Option::is_some)>
                <label for="review-text">{i18n::MY_REVIEW_TEXT_LABEL()}</label>
                <textarea
                    id="review-text"
                    name="text"
                    rows=5
                    aria-invalid=move || text_error.with(Option::is_some).to_string()
                    aria-describedby="review-count text-error"
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        form.edited("text");
                    }
                    // WebDriver's "clear" and some autofill only fire `change`.
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        if text.with_untracked(|t| *t != typed) {
                            text.set(typed);
                            form.edited("text");
                        }
                    }
                    on:blur=move |_| {
                        if !text.with_untracked(|t| t.trim().is_empty()) {
                            form.touch("text");
                        }
                    }
                ></textarea>
                <p id="review-count" class="char-count" class:warn=move || count.get().warns() aria-live="polite" data-testid="review-count">
                    {move || count.get().label()}
                </p>
                <FieldMessage id="text" error=text_error/>
            </div>
            <FormError message=form.form_error()/>
            <button type="submit" id="review-submit" class="btn btn-primary btn-block" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                {move || if busy.get() { view! { <Spinner/><span>{i18n::MY_REVIEW_SUBMITTING()}</span> }.into_any() } else { view! { <span>{i18n::MY_REVIEW_SUBMIT()}</span> }.into_any() }}
            </button>
        </form>
    }
}
