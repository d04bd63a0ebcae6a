//! `/admin/rekening` (admin+): the accounts clients transfer to; add, edit
//! and delete them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::catalogue::BankAccount;
use shared::Role;
use uuid::Uuid;

use super::bank_form::BankForm;
use super::{focus_form, RequireRole, StatusBadge};
use crate::api;
use crate::components::{confirm, LoadError, Notice, Skeleton};
use crate::i18n;
use crate::pages::set_title;
use crate::state::use_auth;

#[derive(Debug, Clone, PartialEq)]
enum Editor {
    Closed,
    New,
    Edit(BankAccount),
}

#[component]
pub fn AdminBankAccountsPage() -> impl IntoView {
    set_title(i18n::BANKS_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <BankAccountsManager/>
        </RequireRole>
    }
}

#[component]
fn BankAccountsManager() -> impl IntoView {
    let auth = use_auth();
    let accounts = LocalResource::new(move || api::bank_accounts::list_all(auth));
    let editor = RwSignal::new(Editor::Closed);
    let notice = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Uuid>);

    let open = move |e: Editor| {
        notice.set(None);
        action_error.set(None);
        editor.set(e);
        focus_form("bank-form");
    };
    // Back to the top, where the notice is and the list starts.
    let close = move || {
        editor.set(Editor::Closed);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    };
    let on_saved = Callback::new(move |a: BankAccount| {
        close();
        notice.set(Some(format!(
            "{} {} {}",
            i18n::BANK_ACCOUNT(),
            a.bank,
            i18n::SAVED_SUFFIX()
        )));
        accounts.refetch();
    });
    let on_cancel = Callback::new(move |()| close());
    let on_edit = Callback::new(move |a: BankAccount| open(Editor::Edit(a)));
    let on_delete = Callback::new(move |a: BankAccount| {
        let question = format!(
            "{} {} {} {} {}?",
            i18n::BANK_DELETE_CONFIRM(),
            a.bank,
            a.account_number,
            i18n::ON_BEHALF_OF(),
            a.holder_name
        );
        if busy.get_untracked().is_some() || !confirm(&question) {
            return;
        }
        notice.set(None);
        action_error.set(None);
        busy.set(Some(a.id));
        spawn_local(async move {
            match api::bank_accounts::delete(auth, a.id).await {
                Ok(()) => {
                    notice.set(Some(format!(
                        "{} {} {}",
                        i18n::BANK_ACCOUNT(),
                        a.bank,
                        i18n::DELETED_SUFFIX()
                    )));
                    if matches!(editor.get_untracked(), Editor::Edit(ref e) if e.id == a.id) {
                        editor.set(Editor::Closed);
                    }
                    accounts.refetch();
                }
                Err(err) => action_error.set(Some(err.message())),
            }
            busy.set(None);
        });
    });

    view! {
        <header class="page-header page-header-row">
            <div>
                <p class="eyebrow">{i18n::ADMIN_CATALOGUE()}</p>
                <h1>{i18n::BANKS_TITLE()}</h1>
                <p class="lead">{i18n::BANKS_LEAD()}</p>
            </div>
            <button type="button" class="btn btn-primary" data-testid="new-bank" on:click=move |_| open(Editor::New)>
                {i18n::BANK_NEW()}
            </button>
        </header>
        <div class="flash">
            <Notice message=notice/>
            {move || action_error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="action-error"><p>{text}</p></div>
            })}
        </div>
        {move || match editor.get() {
            Editor::Closed => ().into_any(),
            Editor::New => view! { <BankForm initial=None on_saved=on_saved on_cancel=on_cancel/> }.into_any(),
            Editor::Edit(a) => view! { <BankForm initial=Some(a) on_saved=on_saved on_cancel=on_cancel/> }.into_any(),
        }}
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=5/></section> }>
            {move || Suspend::new(async move {
                match accounts.await {
                    Ok(list) if list.is_empty() => view! {
                        <section class="card empty-state" data-testid="banks-empty">
                            <h2>{i18n::BANKS_EMPTY()}</h2>
                            <p>{i18n::BANKS_EMPTY_TEXT()}</p>
                        </section>
                    }
                    .into_any(),
                    Ok(list) => view! {
                        <section class="card admin-group">
                            <div class="table-wrap">
                                <table class="admin-table">
                                    <thead>
                                        <tr>
                                            <th scope="col">{i18n::COL_BANK()}</th>
                                            <th scope="col">{i18n::COL_ACCOUNT_NUMBER()}</th>
                                            <th scope="col">{i18n::COL_HOLDER()}</th>
                                            <th scope="col">{i18n::COL_STATUS()}</th>
                                            <th scope="col" class="num">{i18n::COL_ORDER()}</th>
                                            <th scope="col"><span class="visually-hidden">{i18n::COL_ACTIONS()}</span></th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list
                                            .into_iter()
                                            .map(|a| view! { <BankRow account=a busy=busy on_edit=on_edit on_delete=on_delete/> })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        </section>
                    }
                    .into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::BANKS_LOAD_FAILED() retry=Callback::new(move |()| accounts.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn BankRow(
    account: BankAccount,
    busy: RwSignal<Option<Uuid>>,
    on_edit: Callback<BankAccount>,
    on_delete: Callback<BankAccount>,
) -> impl IntoView {
    let id = account.id;
    let (for_edit, for_delete) = (account.clone(), account.clone());
    view! {
        <tr data-testid="bank-row" data-bank-id=id.to_string() class:inactive=!account.active>
            <td><span class="cell-title">{account.bank.clone()}</span></td>
            <td class="mono">{account.account_number.clone()}</td>
            <td>{account.holder_name.clone()}</td>
            <td><StatusBadge active=account.active/></td>
            <td class="num">{account.sort_order}</td>
            <td class="row-actions">
                <button type="button" class="btn btn-ghost btn-small" data-testid="edit-bank" on:click=move |_| on_edit.run(for_edit.clone())>
                    {i18n::EDIT()}
                </button>
                <button
                    type="button"
                    class="btn btn-danger btn-small"
                    data-testid="delete-bank"
                    disabled=move || busy.get() == Some(id)
                    on:click=move |_| on_delete.run(for_delete.clone())
                >
                    {i18n::DELETE()}
                </button>
            </td>
        </tr>
    }
}
