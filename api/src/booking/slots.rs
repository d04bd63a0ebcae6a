//! Minutes-of-the-day intervals and how many bookings overlap them.

/// `[start, end)` in minutes after midnight, studio local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub start: u32,
    pub end: u32,
}

pub const WHOLE_DAY: Interval = Interval {
    start: 0,
    end: 24 * 60,
};

impl Interval {
    pub fn new(start: u32, end: u32) -> Interval {
        Interval { start, end }
    }

    /// A stored (start, end) pair; NULLs mean the whole day.
    pub fn from_db(start: Option<i32>, end: Option<i32>) -> Interval {
        match (start, end) {
            (Some(s), Some(e)) if 0 <= s && s < e => {
                Interval::new(s.unsigned_abs(), e.unsigned_abs().min(WHOLE_DAY.end))
            }
            _ => WHOLE_DAY,
        }
    }

    pub fn overlaps(self, other: Interval) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The most intervals of `existing` that cover one instant inside `window`.
pub fn max_overlap_within(existing: &[Interval], window: Interval) -> u32 {
    let mut edges: Vec<(u32, i32)> = Vec::with_capacity(existing.len() * 2);
    for iv in existing.iter().filter(|iv| iv.overlaps(window)) {
        edges.push((iv.start.max(window.start), 1));
        edges.push((iv.end.min(window.end), -1));
    }
    // Half-open intervals: at the same minute, ends come before starts.
    edges.sort_unstable();
    let (mut now, mut max) = (0i32, 0i32);
    for (_, delta) in edges {
        now += delta;
        max = max.max(now);
    }
    max.unsigned_abs()
}

/// Ranges of the day in which at least `capacity` intervals overlap.
pub fn full_ranges(existing: &[Interval], capacity: u32) -> Vec<Interval> {
    let mut edges: Vec<(u32, i32)> = Vec::with_capacity(existing.len() * 2);
    for iv in existing {
        edges.push((iv.start, 1));
        edges.push((iv.end, -1));
    }
    edges.sort_unstable();
    let mut out: Vec<Interval> = Vec::new();
    let mut count = 0i32;
    let mut open: Option<u32> = None;
    for (at, delta) in edges {
        count += delta;
        let full = count >= i32::try_from(capacity).unwrap_or(i32::MAX);
        match (full, open) {
            (true, None) => open = Some(at),
            (false, Some(start)) => {
                if start < at {
                    match out.last_mut() {
                        Some(last) if last.end == start => last.end = at,
                        _ => out.push(Interval::new(start, at)),
                    }
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether `full` leaves no free stretch of at least `min_free` minutes
/// within `window` (the studio's working hours).
pub fn no_room_left(full: &[Interval], window: Interval, min_free: u32) -> bool {
    let mut cursor = window.start;
    for iv in full.iter().filter(|iv| iv.overlaps(window)) {
        if iv.start > cursor && iv.start.min(window.end) - cursor >= min_free {
            return false;
        }
        cursor = cursor.max(iv.end);
    }
    window.end.saturating_sub(cursor) < min_free
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(s: u32, e: u32) -> Interval {
        Interval::new(s, e)
    }

    #[test]
    fn back_to_back_bookings_do_not_overlap() {
        let existing = [iv(540, 660)];
        assert_eq!(max_overlap_within(&existing, iv(660, 780)), 0);
        assert_eq!(max_overlap_within(&existing, iv(420, 540)), 0);
        assert_eq!(max_overlap_within(&existing, iv(600, 700)), 1);
        assert_eq!(max_overlap_within(&existing, WHOLE_DAY), 1);
    }

    #[test]
    fn overlap_counts_the_busiest_instant() {
        let existing = [iv(540, 660), iv(600, 720), iv(700, 800), WHOLE_DAY];
        assert_eq!(max_overlap_within(&existing, iv(0, 1440)), 3);
        assert_eq!(max_overlap_within(&existing, iv(660, 700)), 2);
        assert_eq!(max_overlap_within(&[], WHOLE_DAY), 0);
    }

    #[test]
    fn full_ranges_merge_and_respect_capacity() {
        let existing = [iv(540, 660), iv(600, 720), iv(720, 800)];
        assert_eq!(full_ranges(&existing, 1), vec![iv(540, 800)]);
        assert_eq!(full_ranges(&existing, 2), vec![iv(600, 660)]);
        assert_eq!(full_ranges(&existing, 3), vec![]);
        assert_eq!(full_ranges(&[WHOLE_DAY], 1), vec![WHOLE_DAY]);
    }

    #[test]
    fn a_day_is_full_when_no_hour_is_left_in_working_hours() {
        let work = iv(6 * 60, 22 * 60);
        assert!(no_room_left(&[WHOLE_DAY], work, 60));
        assert!(!no_room_left(&[iv(540, 660)], work, 60));
        assert!(no_room_left(&[iv(360, 900), iv(930, 1320)], work, 60));
        assert!(!no_room_left(&[], work, 60));
    }

    #[test]
    fn stored_nulls_mean_the_whole_day() {
        assert_eq!(Interval::from_db(None, None), WHOLE_DAY);
        assert_eq!(Interval::from_db(Some(60), Some(120)), iv(60, 120));
        assert_eq!(Interval::from_db(Some(120), Some(60)), WHOLE_DAY);
    }
}
