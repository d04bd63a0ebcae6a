//! Bahasa Indonesia: the public site pages (hero, tentang, FAQ, kontak) and
//! their management in the back office (`/admin/konten`).

// Navigation and footer
pub const SITE_NAV_ABOUT: &str = "Tentang";
pub const SITE_NAV_FAQ: &str = "FAQ";
pub const SITE_NAV_CONTACT: &str = "Kontak";
pub const SITE_FOOTER_LINKS: &str = "Informasi";
pub const SITE_FOOTER_WHATSAPP: &str = "WhatsApp";
pub const SITE_FOOTER_EMAIL: &str = "Email";
pub const SITE_NEW_TAB: &str = "(membuka tab baru)";
pub const SITE_WHATSAPP_GREETING: &str =
    "Halo Aruna Moment, saya ingin bertanya tentang sesi foto.";

// Home: hero carousel
pub const HERO_CAROUSEL_LABEL: &str = "Foto pilihan Aruna Moment";
pub const HERO_ROLE_CAROUSEL: &str = "tayangan foto";
pub const HERO_ROLE_SLIDE: &str = "foto";
pub const HERO_PREV: &str = "Foto sebelumnya";
pub const HERO_NEXT: &str = "Foto berikutnya";
pub const HERO_GO_TO: &str = "Tampilkan foto";
pub const HERO_OF: &str = "dari";
pub const HERO_PAUSE: &str = "Jeda tayangan foto";
pub const HERO_PLAY: &str = "Putar tayangan foto";
pub const HERO_PHOTO_ALT: &str = "Foto karya Aruna Moment";

// About
pub const ABOUT_TITLE: &str = "Tentang kami";
pub const ABOUT_EYEBROW: &str = "Kenali Aruna Moment";
pub const ABOUT_LEAD: &str =
    "Cerita di balik lensa kami, dan cara kami menemani hari penting Anda.";
pub const ABOUT_PHOTO_ALT: &str = "Tim Aruna Moment";
pub const ABOUT_LOAD_FAILED: &str = "Cerita kami belum dapat dimuat.";
pub const ABOUT_CTA_TITLE: &str = "Mari abadikan cerita Anda";
pub const ABOUT_CTA_TEXT: &str =
    "Lihat paket yang tersedia dan pilih tanggalnya, atau sapa kami dulu bila masih ada yang ingin ditanyakan.";
pub const ABOUT_CTA_BOOK: &str = "Lihat paket & pesan";
pub const ABOUT_CTA_CONTACT: &str = "Hubungi kami";
pub const ABOUT_TEASER_TITLE: &str = "Tentang Aruna Moment";
pub const ABOUT_TEASER_MORE: &str = "Selengkapnya tentang kami";

// FAQ
pub const FAQ_TITLE: &str = "Pertanyaan yang sering diajukan";
pub const FAQ_EYEBROW: &str = "FAQ";
pub const FAQ_LEAD: &str =
    "Jawaban singkat seputar pemesanan, pembayaran, dan jadwal. Belum menemukan jawabannya? Tanyakan langsung kepada kami.";
pub const FAQ_LOAD_FAILED: &str = "Daftar pertanyaan belum dapat dimuat.";
pub const FAQ_EMPTY: &str = "Belum ada pertanyaan yang dicantumkan. Silakan hubungi kami langsung.";
pub const FAQ_CTA_TITLE: &str = "Masih ada pertanyaan?";
pub const FAQ_CTA_TEXT: &str = "Tim kami siap membantu lewat WhatsApp pada jam kerja.";
pub const FAQ_CTA_WHATSAPP: &str = "Tanya lewat WhatsApp";
pub const FAQ_CTA_CONTACT: &str = "Cara lain menghubungi kami";

// Contact
pub const CONTACT_PAGE_TITLE: &str = "Hubungi kami";
pub const CONTACT_PAGE_EYEBROW: &str = "Kontak";
pub const CONTACT_PAGE_LEAD: &str =
    "Ceritakan rencana acara Anda. Kami membalas secepatnya pada jam kerja.";
pub const CONTACT_LOAD_FAILED: &str = "Detail kontak belum dapat dimuat.";
pub const CONTACT_WHATSAPP_TITLE: &str = "WhatsApp";
pub const CONTACT_WHATSAPP_TEXT: &str =
    "Cara tercepat untuk bertanya tentang tanggal, paket, atau pesanan Anda.";
pub const CONTACT_WHATSAPP_BUTTON: &str = "Chat lewat WhatsApp";
pub const CONTACT_EMAIL_LABEL: &str = "Email";
pub const CONTACT_ADDRESS_LABEL: &str = "Alamat";
pub const CONTACT_HOURS_LABEL: &str = "Jam kerja";
pub const CONTACT_INSTAGRAM_LABEL: &str = "Instagram";
pub const CONTACT_MAP_LINK: &str = "Buka di peta";
pub const CONTACT_ACCOUNT_CHAT: &str = "Sudah punya booking? Anda juga bisa mengirim pesan lewat";
pub const CONTACT_ACCOUNT_CHAT_LINK: &str = "chat di akun Anda";

// Not found
pub const SITE_404_SUGGEST: &str = "Mungkin Anda mencari:";
pub const SITE_404_PORTFOLIO: &str = "Portofolio kami";
pub const SITE_404_CONTACT: &str = "Hubungi kami";

// Back office: /admin/konten
pub const CONTENT_TITLE: &str = "Konten situs";
pub const CONTENT_EYEBROW: &str = "Situs publik";
pub const CONTENT_LEAD: &str =
    "Atur foto beranda, cerita studio, FAQ, dan detail kontak yang dilihat pengunjung.";
pub const CONTENT_TABS: &str = "Bagian konten situs";
pub const CONTENT_TAB_HERO: &str = "Hero";
pub const CONTENT_TAB_ABOUT: &str = "Tentang";
pub const CONTENT_TAB_FAQ: &str = "FAQ";
pub const CONTENT_TAB_CONTACT: &str = "Kontak";
pub const CONTENT_LOAD_FAILED: &str = "Konten situs belum dapat dimuat.";
pub const CONTENT_VIEW_ON_SITE: &str = "Lihat di situs";
pub const CONTENT_SAVE: &str = "Simpan";
pub const CONTENT_SAVING: &str = "Menyimpan…";
pub const CONTENT_CANCEL: &str = "Batal";
pub const CONTENT_DELETE: &str = "Hapus";
pub const CONTENT_MOVE_UP: &str = "Naikkan";
pub const CONTENT_MOVE_DOWN: &str = "Turunkan";
pub const CONTENT_ORDER_SAVED: &str = "Urutan disimpan.";
pub const CONTENT_OPTIONAL: &str = "opsional";
pub const CONTENT_UPLOADING: &str = "Mengunggah foto…";
pub const CONTENT_UPLOAD_PROGRESS: &str = "Kemajuan unggahan";
pub const CONTENT_FILE_BAD_TYPE: &str = "bukan foto JPEG, PNG, atau WebP.";
pub const CONTENT_FILE_EMPTY: &str = "kosong.";
pub const CONTENT_FILE_TOO_BIG: &str = "terlalu besar";
pub const CONTENT_FILE_TOO_BIG_HINT: &str = "Maksimal 10 MB; perkecil ukurannya lalu coba lagi.";
pub const CONTENT_FILE_UNREADABLE: &str =
    "Foto tidak dapat dibaca. Simpan ulang sebagai JPEG lalu unggah lagi.";
pub const CONTENT_UPLOAD_NETWORK: &str = "Unggahan terputus. Periksa koneksi Anda lalu coba lagi.";
pub const CONTENT_PICK_HINT: &str = "JPEG, PNG, atau WebP, maksimal 10 MB.";

// Back office: hero
pub const CONTENT_HERO_TITLE: &str = "Foto hero beranda";
pub const CONTENT_HERO_LEAD: &str =
    "Tampil bergantian di bagian atas beranda, sesuai urutan di bawah (maksimal 8). Foto mendatar (landscape) paling pas.";
pub const CONTENT_HERO_EMPTY: &str =
    "Belum ada foto. Sampai Anda menambahkannya, beranda menampilkan sampul teks.";
pub const CONTENT_HERO_PICK: &str = "Pilih foto untuk ditambahkan";
pub const CONTENT_HERO_FULL: &str = "Sudah 8 foto. Hapus salah satu untuk menambah foto baru.";
pub const CONTENT_HERO_NEW_HINT: &str =
    "Isi keterangan dulu bila perlu; unggahan dimulai begitu foto dipilih.";
pub const CONTENT_HERO_ADDED: &str = "Foto ditambahkan ke beranda.";
pub const CONTENT_HERO_DELETE_CONFIRM: &str = "Hapus foto ini dari beranda?";
pub const CONTENT_HERO_DELETED: &str = "Foto dihapus dari beranda.";
pub const CONTENT_HERO_FIRST: &str = "Tampil pertama";
pub const CONTENT_SLIDE: &str = "Foto";
pub const CONTENT_CAPTION_ID: &str = "Keterangan (Indonesia)";
pub const CONTENT_CAPTION_EN: &str = "Keterangan (Inggris)";
pub const CONTENT_CAPTION_HINT: &str = "Maksimal 120 karakter; boleh dikosongkan.";
pub const CONTENT_CAPTION_SAVE: &str = "Simpan keterangan";
pub const CONTENT_CAPTION_SAVED: &str = "Keterangan disimpan.";

// Back office: about
pub const CONTENT_ABOUT_TITLE: &str = "Cerita studio";
pub const CONTENT_ABOUT_LEAD: &str =
    "Tampil di halaman Tentang; paragraf pertamanya juga tampil di beranda. Pisahkan paragraf dengan satu baris kosong.";
pub const CONTENT_ABOUT_TEXT_ID: &str = "Teks (Indonesia)";
pub const CONTENT_ABOUT_TEXT_EN: &str = "Teks (Inggris)";
pub const CONTENT_ABOUT_TEXT_HINT: &str = "Minimal 20 dan maksimal 4000 karakter.";
pub const CONTENT_ABOUT_EN_HINT: &str =
    "Boleh dikosongkan: pengunjung yang memilih bahasa Inggris lalu melihat teks Indonesia.";
pub const CONTENT_ABOUT_SAVED: &str = "Cerita studio disimpan.";
pub const CONTENT_ABOUT_PHOTO: &str = "Foto halaman Tentang";
pub const CONTENT_ABOUT_PHOTO_NONE: &str = "Belum ada foto; halaman Tentang tampil tanpa foto.";
pub const CONTENT_ABOUT_PHOTO_PICK: &str = "Pilih foto";
pub const CONTENT_ABOUT_PHOTO_REPLACE: &str = "Ganti foto";
pub const CONTENT_ABOUT_PHOTO_REMOVE: &str = "Hapus foto";
pub const CONTENT_ABOUT_PHOTO_REMOVE_CONFIRM: &str = "Hapus foto halaman Tentang?";
pub const CONTENT_ABOUT_PHOTO_SAVED: &str = "Foto halaman Tentang disimpan.";
pub const CONTENT_ABOUT_PHOTO_REMOVED: &str = "Foto halaman Tentang dihapus.";

// Back office: FAQ
pub const CONTENT_FAQ_TITLE: &str = "Daftar pertanyaan";
pub const CONTENT_FAQ_LEAD: &str =
    "Urutan di sini sama dengan urutan di halaman FAQ. Versi Inggris boleh dikosongkan (pertanyaan dan jawabannya sekaligus).";
pub const CONTENT_FAQ_EMPTY: &str = "Belum ada pertanyaan.";
pub const CONTENT_FAQ_ADD_TITLE: &str = "Tambah pertanyaan";
pub const CONTENT_FAQ_QUESTION: &str = "Pertanyaan (Indonesia)";
pub const CONTENT_FAQ_ANSWER: &str = "Jawaban (Indonesia)";
pub const CONTENT_FAQ_QUESTION_EN: &str = "Pertanyaan (Inggris)";
pub const CONTENT_FAQ_ANSWER_EN: &str = "Jawaban (Inggris)";
pub const CONTENT_FAQ_ADD: &str = "Tambahkan pertanyaan";
pub const CONTENT_FAQ_ADDED: &str = "Pertanyaan ditambahkan.";
pub const CONTENT_FAQ_EDIT: &str = "Ubah";
pub const CONTENT_FAQ_SAVED: &str = "Pertanyaan disimpan.";
pub const CONTENT_FAQ_DELETE_CONFIRM: &str = "Hapus pertanyaan ini dari halaman FAQ?";
pub const CONTENT_FAQ_DELETED: &str = "Pertanyaan dihapus.";
pub const CONTENT_FAQ_NO_EN: &str = "Belum ada versi Inggris";
pub const CONTENT_FAQ_EN_VERSION: &str = "Versi Inggris";
pub const CONTENT_FAQ_FULL: &str = "Sudah 50 pertanyaan. Hapus salah satu untuk menambah.";

// Back office: contact
pub const CONTENT_CONTACT_TITLE: &str = "Detail kontak";
pub const CONTENT_CONTACT_LEAD: &str =
    "Tampil di halaman Kontak, halaman FAQ, dan kaki halaman situs.";
pub const CONTENT_LABEL_WHATSAPP: &str = "Nomor WhatsApp";
pub const CONTENT_HINT_WHATSAPP: &str = "Contoh: 0857 4010 9107 atau +62 857 4010 9107.";
pub const CONTENT_LABEL_EMAIL: &str = "Email";
pub const CONTENT_LABEL_ADDRESS: &str = "Alamat";
pub const CONTENT_LABEL_HOURS: &str = "Jam kerja (Indonesia)";
pub const CONTENT_HINT_HOURS: &str = "Contoh: Senin – Jumat, 09.00 – 17.00 WIB";
pub const CONTENT_LABEL_HOURS_EN: &str = "Jam kerja (Inggris)";
pub const CONTENT_HINT_HOURS_EN: &str = "Contoh: Monday – Friday, 09:00 – 17:00 WIB";
pub const CONTENT_LABEL_INSTAGRAM: &str = "Akun Instagram";
pub const CONTENT_HINT_INSTAGRAM: &str = "Tanpa @, contoh: arunamoment.";
pub const CONTENT_LABEL_MAPS: &str = "Tautan peta";
pub const CONTENT_HINT_MAPS: &str = "Salin tautan bagikan dari Google Maps (diawali https://).";
pub const CONTENT_CONTACT_SAVE: &str = "Simpan kontak";
pub const CONTENT_CONTACT_SAVED: &str = "Detail kontak disimpan.";
