//! Live updates. Every event is first a row in `live_events`, written in the
//! same transaction as the change it reports; a dispatcher in each process
//! reads new rows in `seq` order and pushes them to the WebSockets of that
//! process. So a socket never sees an event whose change rolled back, several
//! processes on one database all deliver, and a polling client reads the very
//! same rows with `GET /api/v1/events?after=<seq>`.

pub mod dispatch;
pub mod feed;
pub mod hub;

pub use hub::Hub;
