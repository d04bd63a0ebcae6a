//! `/akun/chat`: the client's conversation with the studio. A crew member
//! has no conversation of their own: they are sent to the inbox.

use leptos::prelude::*;

use super::set_title;
use crate::components::chat::Conversation;
use crate::i18n;
use crate::state::use_auth;

#[component]
pub fn AccountChatPage() -> impl IntoView {
    set_title(i18n::CHAT_TITLE());
    let auth = use_auth();
    // The conversation is keyed by the client's own id.
    let me = Memo::new(move |_| auth.user().map(|u| (u.id, u.role.is_crew())));
    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::BREADCRUMB_ACCOUNT()}</p>
            <h1>{i18n::CHAT_TITLE()}</h1>
            <p class="lead">{i18n::CHAT_LEAD()}</p>
        </header>
        {move || match me.get() {
            Some((_, true)) => view! {
                <section class="card" data-testid="chat-crew-note">
                    <p>{i18n::CHAT_CREW_HERE()}</p>
                    <a class="btn btn-primary" href="/admin/chat">{i18n::CHAT_TO_INBOX()}</a>
                </section>
            }
            .into_any(),
            Some((id, false)) => view! {
                <section class="card chat-card">
                    <Conversation client_id=id studio=false/>
                </section>
            }
            .into_any(),
            None => ().into_any(),
        }}
    }
}
