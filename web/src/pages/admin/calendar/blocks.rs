//! The blocks of the shown month or week as a table; admins reopen them.

use leptos::prelude::*;
use shared::booking_dto::Block;
use uuid::Uuid;

use super::model::block_range;
use crate::i18n;

#[component]
pub fn BlockTable(
    blocks: Vec<Block>,
    #[prop(into)] can_edit: Signal<bool>,
    busy: RwSignal<Option<Uuid>>,
    on_delete: Callback<Block>,
) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="admin-table blocks-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n::COL_DATE()}</th>
                        <th scope="col">{i18n::COL_TIME()}</th>
                        <th scope="col">{i18n::COL_REASON()}</th>
                        <th scope="col"><span class="visually-hidden">{i18n::COL_ACTIONS()}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {blocks
                        .into_iter()
                        .map(|b| {
                            let id = b.id;
                            let for_delete = b.clone();
                            view! {
                                <tr data-testid="block-row" data-block-id=id.to_string() data-date=b.date.to_string()>
                                    <td>{i18n::format_day_long(b.date)}</td>
                                    <td>{block_range(&b)}</td>
                                    <td>{b.reason.clone()}</td>
                                    <td class="row-actions">
                                        <Show when=move || can_edit.get()>
                                            <button
                                                type="button"
                                                class="btn btn-danger btn-small"
                                                data-testid="delete-block"
                                                disabled=move || busy.get() == Some(id)
                                                on:click={
                                                    let b = for_delete.clone();
                                                    move |_| on_delete.run(b.clone())
                                                }
                                            >
                                                {i18n::DELETE()}
                                            </button>
                                        </Show>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
