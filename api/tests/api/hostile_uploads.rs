//! Hostile uploads and bodies (issue 9): each is refused with a clear 4xx in
//! the shared error shape, nothing is stored, and the server answers after.
//! Portfolio photos have their own list in `portfolio.rs`; payments.rs has
//! HTML, SVG, a leading polyglot and an oversize proof. This file adds what
//! those do not: scripted and bomb PDFs, an image bomb, a zip archive, a
//! polyglot past the sniffing window, gzip bombs in the body, path-like and
//! NUL file names, oversize JSON, a wrong Content-Type, and slow uploads.
//! File names are never used for storage; crafted ones are still refused.

use std::io::Write as _;
use std::time::{Duration, Instant};

use flate2::write::{GzEncoder, ZlibEncoder};
use flate2::Compression;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::assert_error;
use crate::scene::{scene, scene_with, Scene, JPEG};

const BOUNDARY: &str = "aruna-hostile-boundary";

/// A multipart proof body written by hand, so the file name goes on the wire
/// byte for byte (NUL included).
fn proof_body(s: &Scene, file_name: &[u8], bytes: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    let text = |name: &str, value: &str| {
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        )
    };
    body.extend_from_slice(text("kind", "dp").as_bytes());
    body.extend_from_slice(text("bank_account_id", &s.bank).as_bytes());
    body.extend_from_slice(
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"proof\"; filename=\"")
            .as_bytes(),
    );
    body.extend_from_slice(file_name);
    body.extend_from_slice(b"\"\r\nContent-Type: image/jpeg\r\n\r\n");
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn payments_url(s: &Scene, booking: &Value) -> String {
    s.app.url(&format!(
        "/api/v1/bookings/{}/payments",
        booking["id"].as_str().unwrap()
    ))
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

/// `n` zero bytes, gzip-compressed without holding them all.
fn gzip_zeros(prefix: &[u8], n: usize, suffix: &[u8]) -> Vec<u8> {
    let mut z = GzEncoder::new(Vec::new(), Compression::fast());
    z.write_all(prefix).unwrap();
    let chunk = vec![0u8; 1 << 20];
    for _ in 0..n / chunk.len() {
        z.write_all(&chunk).unwrap();
    }
    z.write_all(suffix).unwrap();
    z.finish().unwrap()
}

fn pdf_with_stream(dict: &str, body: &[u8]) -> Vec<u8> {
    let mut v = format!("%PDF-1.7\n1 0 obj\n{dict}\nstream\n").into_bytes();
    v.extend_from_slice(body);
    v.extend_from_slice(b"\nendstream\nendobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
    v
}

/// A real JPEG whose frame header claims `w` × `h` pixels.
fn jpeg_claiming(w: u16, h: u16) -> Vec<u8> {
    let mut out = JPEG.to_vec();
    let sof = out
        .windows(2)
        .position(|p| p == [0xFF, 0xC0])
        .expect("baseline JPEG");
    out[sof + 5..sof + 7].copy_from_slice(&h.to_be_bytes());
    out[sof + 7..sof + 9].copy_from_slice(&w.to_be_bytes());
    out
}

/// Every file under the data folder, relative to it.
fn stored_files(s: &Scene) -> Vec<String> {
    let root = &s.app.state.settings.data_dir;
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                // The SQLite database lives beside the uploads.
                if !rel.starts_with("aruna.db") {
                    out.push(rel);
                }
            }
        }
    }
    out.sort();
    out
}

async fn status_of(s: &Scene, booking: &Value) -> Value {
    s.get(
        &s.client,
        &format!("/api/v1/bookings/{}", booking["id"].as_str().unwrap()),
    )
    .await
    .json::<Value>()
    .await
    .unwrap()["status"]
        .clone()
}

async fn healthy(s: &Scene) {
    let res = s.app.client.get(s.app.url("/health")).send().await.unwrap();
    assert_eq!(
        res.status(),
        200,
        "the server is not healthy after the attack"
    );
}

#[tokio::test]
async fn hostile_proof_files_are_refused_and_nothing_is_stored() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    let before = stored_files(&s);

    let scripted = b"%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n%%EOF".to_vec();
    let escaped =
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/J#61vaScript/J#53(x)>>>>endobj".to_vec();
    let hidden = pdf_with_stream(
        "<</Type/ObjStm/N 1/First 4/Filter/FlateDecode>>",
        &zlib(b"2 0 <</S/JavaScript/JS(app.launchURL('https://evil.example'))>>"),
    );
    let launch = b"%PDF-1.4\n1 0 obj<</S/Launch/F(cmd.exe)>>endobj".to_vec();
    let attached =
        b"%PDF-1.4\n1 0 obj<</Type/Filespec/EF<</F 2 0 R>>/Type/EmbeddedFile>>endobj".to_vec();
    // 100 MB of zeros behind 100 KB: the inflating scan stops at its budget.
    let pdf_bomb = {
        let mut z = ZlibEncoder::new(Vec::new(), Compression::fast());
        let chunk = vec![0u8; 1 << 20];
        for _ in 0..100 {
            z.write_all(&chunk).unwrap();
        }
        pdf_with_stream("<</Filter/FlateDecode>>", &z.finish().unwrap())
    };
    assert!(pdf_bomb.len() < 1024 * 1024, "{}", pdf_bomb.len());
    let zip = {
        let mut v = b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec();
        v.extend_from_slice(&zlib(&vec![0u8; 1 << 20]));
        v
    };
    // Markup far past the first 4 KB, after a real image.
    let late_polyglot = {
        let mut v = JPEG.to_vec();
        v.resize(64 * 1024, 0x5A);
        v.extend_from_slice(b"<html><body onload=\"fetch('/api/v1/me')\"></body></html>");
        v
    };
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (
            "PDF with JavaScript",
            scripted,
            415,
            "unsupported_media_type",
        ),
        (
            "PDF with #-escaped JavaScript",
            escaped,
            415,
            "unsupported_media_type",
        ),
        (
            "PDF hiding JavaScript in an object stream",
            hidden,
            415,
            "unsupported_media_type",
        ),
        (
            "PDF with a launch action",
            launch,
            415,
            "unsupported_media_type",
        ),
        (
            "PDF with an embedded file",
            attached,
            415,
            "unsupported_media_type",
        ),
        (
            "PDF compression bomb",
            pdf_bomb,
            415,
            "unsupported_media_type",
        ),
        ("zip archive", zip, 415, "unsupported_media_type"),
        (
            "JPEG/HTML polyglot past 4 KB",
            late_polyglot,
            415,
            "unsupported_media_type",
        ),
        (
            "image bomb, 60,000 px square",
            jpeg_claiming(60_000, 60_000),
            422,
            "validation_failed",
        ),
        (
            "JPEG cut before its frame",
            JPEG[..12].to_vec(),
            422,
            "validation_failed",
        ),
    ];
    for (what, bytes, status, code) in cases {
        let res = s
            .upload(&s.client, &booking, "dp", &bytes, "bukti.jpg")
            .await;
        if res.status().as_u16() != status {
            panic!("{what}: expected {status}, got {}", res.status());
        }
        let body = assert_error(res, status, code).await;
        assert!(
            !body["message"].as_str().unwrap().is_empty(),
            "{what}: no message"
        );
    }
    assert_eq!(s.app.count("payments").await, 0);
    assert_eq!(stored_files(&s), before, "a refused proof left a file");
    assert_eq!(status_of(&s, &booking).await, "waiting_payment");

    // A plain PDF from a banking app is still taken.
    let plain = pdf_with_stream(
        "<</Length 44/Filter/FlateDecode>>",
        &zlib(b"BT /F1 12 Tf 72 712 Td (Transfer BCA) Tj ET"),
    );
    let res = s
        .upload(&s.client, &booking, "dp", &plain, "bukti.pdf")
        .await;
    assert_eq!(res.status(), 201);
    healthy(&s).await;
}

#[tokio::test]
async fn path_like_and_nul_file_names_are_refused() {
    let s = scene().await;
    let booking = s.book(&s.client, 40).await;
    let send = |name: &'static [u8]| {
        s.app
            .client
            .post(payments_url(&s, &booking))
            .bearer_auth(&s.client)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(proof_body(&s, name, JPEG))
            .send()
    };
    let before = stored_files(&s);
    for name in [
        &b"../../../../../../tmp/aruna-evil.jpg"[..],
        // A quoted-string unescapes `\\`: this is `..\..\windows\win.ini`.
        b"..\\\\..\\\\windows\\\\win.ini",
        b"/etc/passwd",
        b"..",
    ] {
        let res = send(name).await.unwrap();
        assert_eq!(res.status(), 422, "{:?}", String::from_utf8_lossy(name));
        let body = assert_error(res, 422, "validation_failed").await;
        assert!(
            body["fields"]["proof"].as_str().is_some(),
            "{:?}: {body}",
            String::from_utf8_lossy(name)
        );
    }
    // Control characters (NUL included) break the part's header for the
    // multipart parser: a plain 400.
    for name in [&b"bukti\0.php"[..], b"bukti\x07.jpg"] {
        let res = send(name).await.unwrap();
        assert_eq!(res.status(), 400, "{:?}", String::from_utf8_lossy(name));
        assert_error(res, 400, "bad_request").await;
    }
    assert_eq!(s.app.count("payments").await, 0);
    assert_eq!(stored_files(&s), before);
    assert!(!std::path::Path::new("/tmp/aruna-evil.jpg").exists());

    // Odd but harmless characters are taken, and the file is stored under
    // a name of our own in the proofs folder.
    let res = send(b"%2e%2e%2f bukti transfer (1).jpg").await.unwrap();
    assert_eq!(res.status(), 201);
    let files = stored_files(&s);
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0]
        .strip_prefix("uploads/proofs/")
        .unwrap_or_else(|| panic!("{files:?}"));
    assert!(
        name.ends_with(".jpg")
            && name[..name.len() - 4]
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == '-'),
        "{name}"
    );
    healthy(&s).await;
}

#[tokio::test]
async fn compressed_and_oversize_bodies_are_bounded() {
    let s = scene().await;
    let booking = s.book(&s.client, 30).await;
    let before = stored_files(&s);

    // A multipart body that would inflate to 64 MB (the proof limit is
    // 5 MB): uploads are read as sent, so a compressed one is refused.
    let head = proof_body(&s, b"bukti.jpg", JPEG);
    let cut = head.len() - format!("\r\n--{BOUNDARY}--\r\n").len();
    let bomb = gzip_zeros(
        &head[..cut],
        64 << 20,
        format!("\r\n--{BOUNDARY}--\r\n").as_bytes(),
    );
    assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
    let res = s
        .app
        .client
        .post(payments_url(&s, &booking))
        .bearer_auth(&s.client)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header("content-encoding", "gzip")
        .body(bomb)
        .send()
        .await
        .unwrap();
    assert_error(res, 415, "unsupported_media_type").await;

    // A JSON body that inflates to 64 MB of spaces.
    let mut z = GzEncoder::new(Vec::new(), Compression::fast());
    z.write_all(b"{\"email\": \"a@b.co\", \"password\": \"x\"")
        .unwrap();
    let spaces = vec![b' '; 1 << 20];
    for _ in 0..64 {
        z.write_all(&spaces).unwrap();
    }
    z.write_all(b"}").unwrap();
    let res = s
        .app
        .client
        .post(s.app.url("/api/v1/auth/login"))
        .header("content-type", "application/json")
        .header("content-encoding", "gzip")
        .body(z.finish().unwrap())
        .send()
        .await
        .unwrap();
    assert_error(res, 413, "payload_too_large").await;

    // Plain oversize JSON, and JSON under a type that is not JSON.
    let huge = format!("{{\"location\": \"{}\"}}", "x".repeat(2 << 20));
    let res = s
        .app
        .client
        .post(s.app.url("/api/v1/bookings"))
        .bearer_auth(&s.client)
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_error(res, 413, "payload_too_large").await;
    let res = s
        .app
        .client
        .post(s.app.url("/api/v1/auth/login"))
        .header("content-type", "text/plain")
        .body(r#"{"email":"a@b.co","password":"x"}"#)
        .send()
        .await
        .unwrap();
    assert_error(res, 415, "unsupported_media_type").await;

    // NUL in text (PostgreSQL refuses it): a JSON escape split across
    // nothing in particular, and a query parameter.
    let res = s
        .app
        .client
        .post(s.app.url("/api/v1/auth/login"))
        .header("content-type", "application/json")
        .body(r#"{"identifier":"a@b.co","password":"x\u0000y"}"#)
        .send()
        .await
        .unwrap();
    assert_error(res, 400, "bad_request").await;
    let res = s.get(&s.staff, "/api/v1/conversations?q=a%00b").await;
    assert_error(res, 400, "bad_request").await;

    assert_eq!(s.app.count("payments").await, 0);
    assert_eq!(stored_files(&s), before);
    assert_eq!(status_of(&s, &booking).await, "waiting_payment");
    healthy(&s).await;
}

/// Sends the headers and `first` of a proof upload by hand, then `trickle`
/// bytes one at a time every `gap`, and returns the status line the server
/// answered with and how long it took.
async fn slow_upload(
    s: &Scene,
    booking: &Value,
    first: usize,
    gap: Duration,
) -> (String, Duration) {
    let body = proof_body(s, b"slow.jpg", &vec![0x11; 200_000]);
    let addr = s.app.address.trim_start_matches("http://").to_owned();
    let mut tcp = TcpStream::connect(&addr).await.unwrap();
    let head = format!(
        "POST /api/v1/bookings/{}/payments HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {}\r\n\
         Content-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {}\r\n\r\n",
        booking["id"].as_str().unwrap(),
        s.client,
        body.len()
    );
    let started = Instant::now();
    tcp.write_all(head.as_bytes()).await.unwrap();
    tcp.write_all(&body[..first]).await.unwrap();
    let (mut rd, mut wr) = tcp.into_split();
    let rest = body[first..].to_vec();
    let trickle = tokio::spawn(async move {
        for b in rest {
            tokio::time::sleep(gap).await;
            if wr.write_all(&[b]).await.is_err() {
                break;
            }
        }
    });
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    let read = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            match rd.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    answer.extend_from_slice(&buf[..n]);
                    if answer.windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
            }
        }
    })
    .await;
    trickle.abort();
    assert!(read.is_ok(), "the server kept a stalled upload open");
    let text = String::from_utf8_lossy(&answer).to_string();
    (
        text.lines().next().unwrap_or_default().to_owned(),
        started.elapsed(),
    )
}

#[tokio::test]
async fn stalled_and_trickling_uploads_are_cut_off_with_408() {
    let s = scene_with(|c| {
        c.upload_idle_seconds = 1;
        c.upload_max_seconds = 3;
    })
    .await;
    let booking = s.book(&s.client, 30).await;
    let before = stored_files(&s);

    // Stalls after the text fields and 1 KB of the file.
    let (status, took) = slow_upload(&s, &booking, 1500, Duration::from_secs(3600)).await;
    assert_eq!(status, "HTTP/1.1 408 Request Timeout", "{status}");
    assert!(took < Duration::from_secs(10), "{took:?}");
    // Sends a byte every 200 ms: never idle, but over the 3 s cap.
    let (status, took) = slow_upload(&s, &booking, 1500, Duration::from_millis(200)).await;
    assert_eq!(status, "HTTP/1.1 408 Request Timeout", "{status}");
    assert!(took >= Duration::from_secs(3), "{took:?}");

    // While those hung, and after them, everyone else is served.
    healthy(&s).await;
    assert_eq!(s.app.count("payments").await, 0);
    assert_eq!(stored_files(&s), before);
    let res = s.upload(&s.client, &booking, "dp", JPEG, "cepat.jpg").await;
    assert_eq!(res.status(), 201);
}
