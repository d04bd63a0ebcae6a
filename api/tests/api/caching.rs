//! Public reads carry a weak ETag and revalidate to an empty 304; a change
//! gives a new tag; signed-in reads carry none.

use serde_json::json;

use crate::scene::scene;

#[tokio::test]
async fn public_lists_revalidate_with_etags() {
    let s = scene().await;
    let get = |tag: Option<String>| {
        let mut req = s.app.client.get(s.app.url("/api/v1/packages"));
        if let Some(t) = tag {
            req = req.header("if-none-match", t);
        }
        req.send()
    };
    let first = get(None).await.unwrap();
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()["cache-control"], "no-cache");
    let tag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(tag.starts_with("W/\""), "{tag}");
    let body = first.text().await.unwrap();

    let again = get(Some(tag.clone())).await.unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], tag.as_str());
    assert!(again.text().await.unwrap().is_empty());

    // Compressed or not, the same JSON has the same tag.
    let br = s
        .app
        .client
        .get(s.app.url("/api/v1/packages"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(br.headers()["etag"], tag.as_str());

    // A change to the list gives a new tag and the full body.
    let res = s
        .post(
            &s.admin,
            "/api/v1/packages",
            json!({"service_kind": "wedding", "name": "Akad Nikah Plus", "description": "Dokumentasi lengkap", "inclusions": ["1 fotografer"], "price": 4_000_000, "full_day": true, "duration_hours": null}),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let changed = get(Some(tag.clone())).await.unwrap();
    assert_eq!(changed.status(), 200);
    assert_ne!(changed.headers()["etag"], tag.as_str());
    assert_ne!(changed.text().await.unwrap(), body);

    // Personal reads are not tagged.
    let mine = s.get(&s.client, "/api/v1/bookings").await;
    assert_eq!(mine.status(), 200);
    assert!(mine.headers().get("etag").is_none());
    for public in ["/api/v1/site", "/api/v1/portfolio", "/api/v1/testimonials"] {
        let res = s.app.client.get(s.app.url(public)).send().await.unwrap();
        assert!(res.headers().get("etag").is_some(), "{public}");
    }
}

/// The micro-cache: a public read is served from memory (a change made
/// behind the API's back does not show), any successful write through the
/// API that may touch public data empties it, sign-ins do not.
#[tokio::test]
async fn public_reads_come_from_memory_until_a_write() {
    use sea_orm::ConnectionTrait as _;
    let s = crate::scene::scene_with(|c| c.public_cache_ms = 60_000).await;
    let names = || async {
        let res = s
            .app
            .client
            .get(s.app.url("/api/v1/packages"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let tag = res.headers()["etag"].to_str().unwrap().to_owned();
        let list: serde_json::Value = res.json().await.unwrap();
        let names: Vec<String> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect();
        (names, tag)
    };
    let (before, tag) = names().await;
    s.app
        .db
        .execute_unprepared("UPDATE packages SET name = 'Diubah di belakang API'")
        .await
        .unwrap();
    let (cached, cached_tag) = names().await;
    assert_eq!(cached, before, "served from memory");
    assert_eq!(cached_tag, tag);
    let revalidated = s
        .app
        .client
        .get(s.app.url("/api/v1/packages"))
        .header("if-none-match", tag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), 304);

    // Signing in changes nothing public: still cached.
    let (_, session) = s.app.signed_in_client().await;
    assert!(session["access_token"].is_string());
    s.app.live_settled().await;
    assert_eq!(names().await.0, before);

    // A booking is a write: the cache empties and the change shows.
    s.book(&s.client, 60).await;
    let (after, after_tag) = names().await;
    assert!(
        after.iter().all(|n| n == "Diubah di belakang API"),
        "{after:?}"
    );
    assert_ne!(after_tag, tag);

    // Signed-in reads never come from it.
    let mine = s.get(&s.client, "/api/v1/bookings").await;
    assert!(mine.headers().get("etag").is_none());
}

/// The dashboard: served from memory to the crew (a change behind the API's
/// back does not show) until a write through the API; never to a client.
#[tokio::test]
async fn the_dashboard_comes_from_memory_until_a_write() {
    use sea_orm::ConnectionTrait as _;
    let s = crate::scene::scene_with(|c| c.dashboard_cache_ms = 60_000).await;
    s.book(&s.client, 30).await;
    s.app.live_settled().await;
    let waiting = || async {
        let res = s.get(&s.admin, "/api/v1/stats/dashboard").await;
        assert_eq!(res.status(), 200);
        let body: serde_json::Value = res.json().await.unwrap();
        (
            body["bookings_by_status"].clone(),
            body["generated_at"].clone(),
        )
    };
    let (before, at) = waiting().await;
    s.app
        .db
        .execute_unprepared("UPDATE bookings SET status = 'cancelled'")
        .await
        .unwrap();
    assert_eq!(
        waiting().await,
        (before.clone(), at.clone()),
        "served from memory"
    );
    crate::helpers::assert_error(
        s.get(&s.client, "/api/v1/stats/dashboard").await,
        403,
        "forbidden",
    )
    .await;

    // A booking is a write: computed again, with what changed behind it.
    s.book(&s.client, 60).await;
    let (after, _) = waiting().await;
    assert_ne!(after, before);
}

/// The private micro-cache: a client's own booking list, one booking and
/// its invoice come from memory (a change behind the API's back does not
/// show) until a write through the API; the token is checked every time
/// and nobody else is answered from another caller's entry.
#[tokio::test]
async fn a_clients_own_booking_reads_come_from_memory_until_a_write() {
    use sea_orm::ConnectionTrait as _;
    let s = crate::scene::scene_with(|c| c.private_cache_ms = 60_000).await;
    let booking = s.book(&s.client, 40).await;
    s.app.live_settled().await;
    let id = booking["id"].as_str().unwrap().to_owned();
    let one = format!("/api/v1/bookings/{id}");
    let invoice = format!("{one}/invoice.pdf");
    let location = |token: String, path: String| {
        let s = &s;
        async move {
            let res = s.get(&token, &path).await;
            assert_eq!(res.status(), 200, "{path}");
            let body: serde_json::Value = res.json().await.unwrap();
            let b = body.get("items").map_or(&body, |items| &items[0]);
            b["location"].as_str().unwrap().to_owned()
        }
    };
    let original = location(s.client.clone(), one.clone()).await;
    assert_eq!(
        location(s.client.clone(), "/api/v1/bookings".into()).await,
        original
    );
    let pdf = s.get(&s.client, &invoice).await;
    assert_eq!(pdf.status(), 200);
    let disposition = pdf.headers()["content-disposition"].clone();
    let pdf = pdf.bytes().await.unwrap();

    s.app
        .db
        .execute_unprepared("UPDATE bookings SET location = 'Diubah di belakang API'")
        .await
        .unwrap();
    assert_eq!(location(s.client.clone(), one.clone()).await, original);
    assert_eq!(
        location(s.client.clone(), "/api/v1/bookings".into()).await,
        original
    );
    let again = s.get(&s.client, &invoice).await;
    assert_eq!(again.status(), 200);
    assert_eq!(again.headers()["content-type"], "application/pdf");
    assert_eq!(again.headers()["content-disposition"], disposition);
    assert_eq!(again.headers()["cache-control"], "private, no-store");
    assert_eq!(again.bytes().await.unwrap(), pdf);

    // Keyed by caller: the crew reads afresh, another client gets 404 and
    // an empty list, a bad or missing token 401.
    assert_eq!(
        location(s.admin.clone(), one.clone()).await,
        "Diubah di belakang API"
    );
    let (other, _) = s.another_client().await;
    s.app.live_settled().await;
    assert_eq!(
        location(s.client.clone(), one.clone()).await,
        original,
        "still kept"
    );
    crate::helpers::assert_error(s.get(&other, &one).await, 404, "not_found").await;
    let theirs: serde_json::Value = s
        .get(&other, "/api/v1/bookings")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(theirs["total"], 0);
    let forged = format!("{}x", s.client);
    crate::helpers::assert_error(s.get(&forged, &one).await, 401, "unauthorized").await;
    let anonymous = s.app.client.get(s.app.url(&one)).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);

    // A write through the API empties it: the change shows at once.
    s.book(&s.client, 41).await;
    assert_eq!(
        location(s.client.clone(), one.clone()).await,
        "Diubah di belakang API"
    );
    let list: serde_json::Value = s
        .get(&s.client, "/api/v1/bookings")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 2);
}
