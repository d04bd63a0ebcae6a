//! One change at a time per panel: a second click while a change is on its
//! way does nothing, the last outcome is cleared, and the new one shows as
//! a notice or a problem.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::ApiError;

#[derive(Clone, Copy)]
pub struct Panel {
    pub busy: RwSignal<bool>,
    pub notice: RwSignal<Option<String>>,
    pub problem: RwSignal<Option<String>>,
}

impl Panel {
    pub fn new() -> Panel {
        Panel {
            busy: RwSignal::new(false),
            notice: RwSignal::new(None),
            problem: RwSignal::new(None),
        }
    }

    /// Whether a change is on its way (read without tracking).
    pub fn is_busy(self) -> bool {
        self.busy.get_untracked()
    }

    /// Sends `call` unless another change is on its way; `done` applies the
    /// answer and names the notice to show.
    pub fn run<T: 'static>(
        self,
        call: impl Future<Output = Result<T, ApiError>> + 'static,
        done: impl FnOnce(T) -> &'static str + 'static,
    ) {
        if self.is_busy() {
            return;
        }
        self.busy.set(true);
        self.notice.set(None);
        self.problem.set(None);
        spawn_local(async move {
            match call.await {
                Ok(answer) => {
                    let notice = done(answer);
                    let _ = self.notice.try_set(Some(notice.to_owned()));
                }
                Err(err) => {
                    let _ = self.problem.try_set(Some(err.message()));
                }
            }
            let _ = self.busy.try_set(false);
        });
    }
}
