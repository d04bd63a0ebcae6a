//! The crew table (`#staff-table`, rows `tr[data-user-id]`): each account's
//! role (a select) and whether it may sign in. Both changes end the
//! person's sessions at once, so each asks first.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::auth::User;
use shared::backoffice::UpdateUser;
use shared::Role;
use uuid::Uuid;
use wasm_bindgen::JsValue;

use super::CREW_ROLES;
use crate::api;
use crate::components::confirm;
use crate::i18n;
use crate::pages::admin::StatusBadge;
use crate::state::use_auth;

/// Where the table reports what happened.
#[derive(Debug, Clone, Copy)]
pub struct Feedback {
    pub notice: RwSignal<Option<String>>,
    pub error: RwSignal<Option<String>>,
}

impl Feedback {
    fn done(self, text: String) {
        let _ = self.error.try_set(None);
        let _ = self.notice.try_set(Some(text));
    }

    fn failed(self, text: String) {
        let _ = self.notice.try_set(None);
        let _ = self.error.try_set(Some(text));
    }
}

/// Puts a `<select>` back on `value` (after a refused or failed change).
fn reset_select(target: &JsValue, value: &str) {
    let _ = js_sys::Reflect::set(
        target,
        &JsValue::from_str("value"),
        &JsValue::from_str(value),
    );
}

#[component]
pub fn StaffTable(users: Vec<User>, me: Option<Uuid>, feedback: Feedback) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="admin-table staff-table" id="staff-table" data-testid="staff-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n::COL_NAME()}</th>
                        <th scope="col">{i18n::CLIENTS_CONTACT()}</th>
                        <th scope="col">{i18n::TEAM_LABEL_ROLE()}</th>
                        <th scope="col">{i18n::COL_STATUS()}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::COL_ACTIONS()}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {users
                        .into_iter()
                        .map(|u| {
                            let own = Some(u.id) == me;
                            view! { <StaffRow user=u own=own feedback=feedback/> }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn StaffRow(user: User, own: bool, feedback: Feedback) -> impl IntoView {
    let auth = use_auth();
    let id = user.id;
    let row = RwSignal::new(user);
    let busy = RwSignal::new(false);
    let locked = move || own || busy.get();

    let send = move |change: UpdateUser, on_error: Box<dyn FnOnce()>| {
        busy.set(true);
        spawn_local(async move {
            match api::users::update(auth, id, &change).await {
                Ok(u) => {
                    let text = match (change.role, change.active) {
                        (Some(_), _) => format!(
                            "{} {} {} {}. {}",
                            i18n::TEAM_ROLE_OF(),
                            u.full_name,
                            i18n::TEAM_NOW(),
                            u.role.label(crate::i18n::english()),
                            i18n::TEAM_SESSIONS_ENDED()
                        ),
                        (None, Some(false)) => format!(
                            "{} {} {}",
                            i18n::TEAM_ACCOUNT(),
                            u.full_name,
                            i18n::TEAM_DISABLED_TAIL()
                        ),
                        _ => format!(
                            "{} {} {}",
                            i18n::TEAM_ACCOUNT(),
                            u.full_name,
                            i18n::TEAM_ENABLED_TAIL()
                        ),
                    };
                    let _ = row.try_set(u);
                    feedback.done(text);
                }
                Err(err) => {
                    on_error();
                    feedback.failed(err.message());
                }
            }
            let _ = busy.try_set(false);
        });
    };

    let on_role = move |ev: leptos::ev::Event| {
        let target: JsValue = ev.target().map(JsValue::from).unwrap_or(JsValue::NULL);
        let before = row.with_untracked(|u| u.role);
        let Some(next) = Role::parse(&event_target_value(&ev)).filter(|r| *r != before) else {
            return;
        };
        let name = row.with_untracked(|u| u.full_name.clone());
        let question = format!(
            "{} {name} {} {}? {}",
            i18n::TEAM_ROLE_CONFIRM(),
            i18n::TEAM_ROLE_CONFIRM_TO(),
            next.label(crate::i18n::english()),
            i18n::TEAM_SESSIONS_WARN()
        );
        if !confirm(&question) {
            reset_select(&target, before.as_str());
            return;
        }
        send(
            UpdateUser {
                role: Some(next),
                active: None,
            },
            Box::new(move || reset_select(&target, before.as_str())),
        );
    };

    let on_toggle = move |_| {
        let (name, active) = row.with_untracked(|u| (u.full_name.clone(), u.active));
        let question = if active {
            format!(
                "{} {name}? {}",
                i18n::TEAM_DISABLE_CONFIRM(),
                i18n::TEAM_DISABLE_WARN()
            )
        } else {
            format!(
                "{} {name}? {}",
                i18n::TEAM_ENABLE_CONFIRM(),
                i18n::TEAM_ENABLE_WARN()
            )
        };
        if !confirm(&question) {
            return;
        }
        send(
            UpdateUser {
                role: None,
                active: Some(!active),
            },
            Box::new(|| ()),
        );
    };

    let active = move || row.with(|u| u.active);
    view! {
        <tr
            data-testid="staff-row"
            data-user-id=id.to_string()
            data-role=move || row.with(|u| u.role.as_str())
            data-active=move || active().to_string()
            class:inactive=move || !active()
        >
            <td>
                <span class="cell-title">
                    {move || row.with(|u| u.full_name.clone())}
                    {own.then(|| view! { " " <span class="badge">{i18n::TEAM_YOU()}</span> })}
                </span>
                <span class="cell-sub">{move || format!("{} {}", i18n::TEAM_SINCE(), row.with(|u| i18n::format_date(u.created_at)))}</span>
            </td>
            <td>
                <span class="cell-title">{move || row.with(|u| u.email.clone())}</span>
                <span class="cell-sub">{move || row.with(|u| u.phone.clone())}</span>
            </td>
            <td>
                <select
                    class="inline-select"
                    name="role"
                    data-testid="role-select"
                    aria-label=move || format!("{} {}", i18n::TEAM_LABEL_ROLE(), row.with(|u| u.full_name.clone()))
                    title=own.then_some(i18n::TEAM_NOT_YOURSELF())
                    disabled=locked
                    on:change=on_role
                >
                    {CREW_ROLES
                        .into_iter()
                        .map(|r| view! {
                            <option value=r.as_str() selected=move || row.with(|u| u.role == r)>{r.label(crate::i18n::english())}</option>
                        })
                        .collect_view()}
                </select>
            </td>
            <td>{move || view! { <StatusBadge active=active()/> }}</td>
            <td class="row-actions">
                <button
                    type="button"
                    class="btn btn-small"
                    class:btn-danger=active
                    class:btn-ghost=move || !active()
                    data-testid="toggle-active"
                    title=own.then_some(i18n::TEAM_NOT_YOURSELF())
                    disabled=locked
                    aria-busy=move || busy.get().to_string()
                    on:click=on_toggle
                >
                    {move || if active() { i18n::TEAM_DISABLE() } else { i18n::TEAM_ENABLE() }}
                </button>
            </td>
        </tr>
    }
}
