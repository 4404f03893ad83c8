//! Content-defined chunking with FastCDC (Xia et al., USENIX ATC 2016):
//! a gear rolling hash over the data, with a stricter cut mask below the
//! average size and a looser one above it ("normalized chunking"), so chunk
//! sizes cluster around [`AVG_SIZE`]. An insertion early in a file moves only
//! the cut points near it, so the chunks after it keep their hashes.

/// No cut is made before this many bytes; smaller files are one chunk.
pub const MIN_SIZE: usize = 512 * 1024;
/// Target average chunk size.
pub const AVG_SIZE: usize = 1024 * 1024;
/// A cut is forced at this size.
pub const MAX_SIZE: usize = 8 * 1024 * 1024;

/// Mask with more bits than log2(AVG_SIZE): used below the average.
const MASK_SMALL: u64 = mask(22);
/// Mask with fewer bits: used above the average.
const MASK_LARGE: u64 = mask(18);

const fn mask(bits: u32) -> u64 {
    // Spread the bits over the top of the word, where the gear hash mixes
    // in the most recent bytes.
    let mut value = 0u64;
    let mut i = 0;
    while i < bits {
        value |= 1 << (63 - i * 2);
        i += 1;
    }
    value
}

/// 256 pseudo-random 64-bit values, one per byte value (splitmix64 of the
/// index, so the table is fixed across builds and machines).
static GEAR: [u64; 256] = gear_table();

const fn gear_table() -> [u64; 256] {
    let mut table = [0u64; 256];
    let mut state: u64 = 0x6775_6573_7464_6364;
    let mut i = 0;
    while i < 256 {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        table[i] = z ^ (z >> 31);
        i += 1;
    }
    table
}

/// Length of the first chunk of `data`. When `data` is shorter than
/// [`MAX_SIZE`] and no cut point is found, returns `data.len()`: callers
/// that stream must pass at least `MAX_SIZE` bytes unless at end of input.
pub fn cut(data: &[u8]) -> usize {
    if data.len() <= MIN_SIZE {
        return data.len();
    }
    let end = data.len().min(MAX_SIZE);
    let middle = AVG_SIZE.min(end);
    let mut hash = 0u64;
    let mut i = MIN_SIZE;
    while i < middle {
        hash = (hash << 1).wrapping_add(GEAR[data[i] as usize]);
        if hash & MASK_SMALL == 0 {
            return i + 1;
        }
        i += 1;
    }
    while i < end {
        hash = (hash << 1).wrapping_add(GEAR[data[i] as usize]);
        if hash & MASK_LARGE == 0 {
            return i + 1;
        }
        i += 1;
    }
    end
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Deterministic pseudo-random bytes.
    pub(crate) fn noise(len: usize, seed: u64) -> Vec<u8> {
        let mut state = seed;
        (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect()
    }

    fn chunks(data: &[u8]) -> Vec<&[u8]> {
        let mut out = Vec::new();
        let mut rest = data;
        while !rest.is_empty() {
            let n = cut(rest);
            out.push(&rest[..n]);
            rest = &rest[n..];
        }
        out
    }

    #[test]
    fn sizes_within_bounds() {
        let data = noise(40 << 20, 7);
        let pieces = chunks(&data);
        for piece in &pieces[..pieces.len() - 1] {
            assert!(piece.len() > MIN_SIZE && piece.len() <= MAX_SIZE, "{}", piece.len());
        }
        let average = data.len() / pieces.len();
        assert!(average > AVG_SIZE / 2 && average < AVG_SIZE * 2, "average {average}");
    }

    #[test]
    fn insertion_keeps_later_chunks() {
        let data = noise(16 << 20, 9);
        let mut shifted = b"inserted".to_vec();
        shifted.extend_from_slice(&data);
        let before: std::collections::HashSet<&[u8]> = chunks(&data).into_iter().collect();
        let after = chunks(&shifted);
        let kept = after.iter().filter(|c| before.contains(*c)).count();
        assert!(kept + 2 >= after.len(), "only {kept} of {} chunks kept", after.len());
    }

    #[test]
    fn small_input_is_one_chunk() {
        assert_eq!(cut(&[1u8; 1000]), 1000);
        assert_eq!(cut(&[]), 0);
    }
}
