//! Email texts, in Indonesian. Every link is built from the configured public
//! URL, never from request headers.

use crate::repo::outbox::NewEmail;

pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub(crate) fn layout(title: &str, body_html: &str) -> String {
    format!(
        "<!doctype html><html lang=\"id\"><body style=\"font-family:Georgia,serif;background:#faf7f2;color:#2f3a33;padding:24px\">\
         <div style=\"max-width:560px;margin:auto;background:#fff;border:1px solid #e8e0d4;border-radius:8px;padding:32px\">\
         <h1 style=\"font-weight:normal;color:#8a6a3f\">{}</h1>{}\
         <p style=\"color:#8c8c8c;font-size:12px;margin-top:32px\">Aruna Moment — Studio Fotografi</p></div></body></html>",
        escape(title),
        body_html
    )
}

pub fn password_reset(to: &str, full_name: &str, link: &str) -> NewEmail {
    let subject = "Atur ulang kata sandi Aruna Moment".to_owned();
    let text = format!(
        "Halo {full_name},\n\n\
         Kami menerima permintaan untuk mengatur ulang kata sandi akun Aruna Moment Anda.\n\
         Buka tautan berikut dalam 30 menit untuk membuat kata sandi baru:\n\n{link}\n\n\
         Tautan ini hanya bisa dipakai sekali. Jika Anda tidak meminta ini, abaikan email ini; \
         kata sandi Anda tidak berubah.\n\nSalam hangat,\nAruna Moment"
    );
    let html = layout(
        "Atur ulang kata sandi",
        &format!(
            "<p>Halo {},</p><p>Kami menerima permintaan untuk mengatur ulang kata sandi akun Aruna Moment Anda. \
             Tautan berlaku 30 menit dan hanya bisa dipakai sekali.</p>\
             <p><a href=\"{}\" style=\"display:inline-block;background:#2f3a33;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none\">Buat kata sandi baru</a></p>\
             <p style=\"font-size:13px\">Atau salin tautan ini: {}</p>\
             <p>Jika Anda tidak meminta ini, abaikan email ini; kata sandi Anda tidak berubah.</p>",
            escape(full_name),
            escape(link),
            escape(link)
        ),
    );
    NewEmail {
        to: to.to_owned(),
        subject,
        text,
        html: Some(html),
        attachment: None,
    }
}

pub fn password_changed(to: &str, full_name: &str, login_link: &str) -> NewEmail {
    let subject = "Kata sandi Aruna Moment Anda telah diubah".to_owned();
    let text = format!(
        "Halo {full_name},\n\nKata sandi akun Aruna Moment Anda baru saja diubah dan semua sesi lain telah \
         dikeluarkan. Jika ini bukan Anda, segera atur ulang kata sandi melalui {login_link} \
         atau hubungi studio lewat WhatsApp.\n\nSalam hangat,\nAruna Moment"
    );
    NewEmail {
        to: to.to_owned(),
        subject,
        text,
        html: None,
        attachment: None,
    }
}

pub fn staff_invite(to: &str, full_name: &str, role: &str, link: &str) -> NewEmail {
    let subject = "Undangan bergabung di Aruna Moment".to_owned();
    let text = format!(
        "Halo {full_name},\n\n\
         Anda diundang bergabung dengan tim Aruna Moment sebagai {role}.\n\
         Buka tautan berikut dalam 72 jam untuk membuat kata sandi Anda:\n\n{link}\n\n\
         Setelah itu masuk dengan email ini dan kata sandi baru Anda.\n\nSalam hangat,\nAruna Moment"
    );
    let html = layout(
        "Undangan tim Aruna Moment",
        &format!(
            "<p>Halo {},</p><p>Anda diundang bergabung dengan tim Aruna Moment sebagai <b>{}</b>. \
             Tautan berlaku 72 jam dan hanya bisa dipakai sekali.</p>\
             <p><a href=\"{}\" style=\"display:inline-block;background:#2f3a33;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none\">Buat kata sandi</a></p>\
             <p style=\"font-size:13px\">Atau salin tautan ini: {}</p>",
            escape(full_name),
            escape(role),
            escape(link),
            escape(link)
        ),
    );
    NewEmail {
        to: to.to_owned(),
        subject,
        text,
        html: Some(html),
        attachment: None,
    }
}
