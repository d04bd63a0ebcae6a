//! Chat: the studio's inbox, one conversation per client, its messages and
//! read marks. The same data reaches open tabs live on `GET /ws`.

pub mod get;
pub mod list;
pub mod messages;
pub mod read;
pub mod send;
