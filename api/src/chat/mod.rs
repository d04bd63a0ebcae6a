//! Chat between each client and the studio. A conversation is keyed by its
//! client's id; the crew (staff and above) all answer as the studio. Every
//! change (message, read mark) is one transaction that also writes the live
//! event and the notifications it causes.

pub mod access;
pub mod alerts;
pub mod conversation;
pub mod messages;
pub mod presence;
pub mod read;
pub mod send;

/// The SPA page each side opens a conversation on.
pub fn link_for(client_id: uuid::Uuid, for_studio: bool) -> String {
    if for_studio {
        format!("/admin/chat/{client_id}")
    } else {
        "/akun/chat".to_owned()
    }
}
