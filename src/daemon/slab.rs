//! A slab of entries addressed by small integer keys, used by subsystems to
//! map event-loop token indexes to their state. Each slot carries a
//! generation so that a key kept past its entry's removal (for example in a
//! timer) never reaches a newer entry that reuses the slot.

pub struct Slab<T> {
    slots: Vec<Slot<T>>,
    free: Vec<usize>,
    len: usize,
}

struct Slot<T> {
    generation: u32,
    value: Option<T>,
}

/// A slot index together with the generation it was issued under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub index: usize,
    pub generation: u32,
}

impl Key {
    /// Packs the key into a timer or message id.
    pub fn to_u64(self) -> u64 {
        (u64::from(self.generation) << 32) | self.index as u64
    }

    pub fn from_u64(id: u64) -> Key {
        Key { index: (id & 0xffff_ffff) as usize, generation: (id >> 32) as u32 }
    }
}

impl<T> Default for Slab<T> {
    fn default() -> Self {
        Slab { slots: Vec::new(), free: Vec::new(), len: 0 }
    }
}

impl<T> Slab<T> {
    pub fn insert(&mut self, value: T) -> Key {
        self.len += 1;
        if let Some(index) = self.free.pop() {
            let slot = &mut self.slots[index];
            slot.generation = slot.generation.wrapping_add(1);
            slot.value = Some(value);
            return Key { index, generation: slot.generation };
        }
        self.slots.push(Slot { generation: 0, value: Some(value) });
        Key { index: self.slots.len() - 1, generation: 0 }
    }

    pub fn remove(&mut self, index: usize) -> Option<T> {
        let value = self.slots.get_mut(index)?.value.take()?;
        self.free.push(index);
        self.len -= 1;
        Some(value)
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        self.slots.get(index)?.value.as_ref()
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.slots.get_mut(index)?.value.as_mut()
    }

    /// Returns the entry only if it is still the one `key` was issued for.
    pub fn get_key_mut(&mut self, key: Key) -> Option<&mut T> {
        let slot = self.slots.get_mut(key.index)?;
        if slot.generation != key.generation {
            return None;
        }
        slot.value.as_mut()
    }

    pub fn contains_key(&self, key: Key) -> bool {
        self.slots.get(key.index).is_some_and(|slot| slot.generation == key.generation && slot.value.is_some())
    }

    pub fn key_of(&self, index: usize) -> Option<Key> {
        let slot = self.slots.get(index)?;
        slot.value.as_ref()?;
        Some(Key { index, generation: slot.generation })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, &T)> {
        self.slots.iter().enumerate().filter_map(|(index, slot)| slot.value.as_ref().map(|value| (index, value)))
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (usize, &mut T)> {
        self.slots.iter_mut().enumerate().filter_map(|(index, slot)| slot.value.as_mut().map(|value| (index, value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_key_misses_reused_slot() {
        let mut slab = Slab::default();
        let first = slab.insert("a");
        slab.remove(first.index);
        let second = slab.insert("b");
        assert_eq!(first.index, second.index);
        assert!(slab.get_key_mut(first).is_none());
        assert_eq!(slab.get_key_mut(second), Some(&mut "b"));
        assert_eq!(Key::from_u64(second.to_u64()), second);
    }
}
