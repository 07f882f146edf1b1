//! Sets and maps keyed by a small domain index (a lead, a data item, a
//! jurisdiction), stored densely: a look-up is one index where the
//! ordered std collections searched a node, and a simulated turn or a
//! condition asks a case file several dozen such questions (issue 12).
//!
//! They iterate in key order and serialize exactly as `BTreeSet<usize>`
//! and `BTreeMap<usize, T>` do (a sequence, a map with integer keys), so
//! that state they hold hashes as it did: never change either.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A set of small indexes, in ascending order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DenseSet {
    /// Bit `i % 64` of word `i / 64` is index `i`.
    words: Vec<u64>,
    len: usize,
}

impl DenseSet {
    pub fn new() -> DenseSet {
        DenseSet::default()
    }

    /// Adds `i`; whether it was new.
    pub fn insert(&mut self, i: usize) -> bool {
        let (word, bit) = (i / 64, 1u64 << (i % 64));
        if self.words.len() <= word {
            self.words.resize(word + 1, 0);
        }
        let new = self.words[word] & bit == 0;
        self.words[word] |= bit;
        self.len += usize::from(new);
        new
    }

    pub fn contains(&self, i: &usize) -> bool {
        self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The indexes, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + Clone + '_ {
        self.words.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    w * 64 + bit
                })
            })
        })
    }
}

impl FromIterator<usize> for DenseSet {
    fn from_iter<I: IntoIterator<Item = usize>>(indexes: I) -> DenseSet {
        let mut set = DenseSet::new();
        for i in indexes {
            set.insert(i);
        }
        set
    }
}

impl Serialize for DenseSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len))?;
        for i in self.iter() {
            seq.serialize_element(&i)?;
        }
        seq.end()
    }
}

/// A map from small indexes to values, in ascending key order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DenseMap<T> {
    slots: Vec<Option<T>>,
    len: usize,
}

impl<T> Default for DenseMap<T> {
    fn default() -> Self {
        DenseMap {
            slots: Vec::new(),
            len: 0,
        }
    }
}

impl<T> DenseMap<T> {
    pub fn new() -> DenseMap<T> {
        DenseMap::default()
    }

    pub fn get(&self, i: &usize) -> Option<&T> {
        self.slots.get(*i).and_then(Option::as_ref)
    }

    pub fn contains_key(&self, i: &usize) -> bool {
        self.get(i).is_some()
    }

    /// Sets the value at `i`; the one it replaces, if any.
    pub fn insert(&mut self, i: usize, value: T) -> Option<T> {
        if self.slots.len() <= i {
            self.slots.resize_with(i + 1, || None);
        }
        let old = self.slots[i].replace(value);
        self.len += usize::from(old.is_none());
        old
    }

    /// The entries, by ascending key.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &T)> {
        (self.slots.iter().enumerate()).filter_map(|(i, slot)| slot.as_ref().map(|value| (i, value)))
    }
}

impl<T: Serialize> Serialize for DenseMap<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len))?;
        for (i, value) in self.iter() {
            map.serialize_entry(&i, value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    /// Indexes in no order, repeated, across several words.
    const KEYS: [usize; 9] = [70, 3, 64, 0, 3, 129, 63, 70, 1];

    #[test]
    fn a_set_answers_and_iterates_as_an_ordered_set() {
        let mut dense = DenseSet::new();
        let mut ordered = BTreeSet::new();
        for i in KEYS {
            assert_eq!(dense.insert(i), ordered.insert(i), "insert {i}");
        }
        assert_eq!(dense.iter().collect::<Vec<_>>(), [0, 1, 3, 63, 64, 70, 129]);
        for i in 0..200 {
            assert_eq!(dense.contains(&i), ordered.contains(&i), "contains {i}");
        }
        assert!(DenseSet::new().is_empty() && !dense.is_empty());
    }

    #[test]
    fn a_map_answers_and_iterates_as_an_ordered_map() {
        let mut dense = DenseMap::new();
        let mut ordered = BTreeMap::new();
        for (n, i) in KEYS.into_iter().enumerate() {
            assert_eq!(dense.insert(i, n), ordered.insert(i, n), "insert {i}");
        }
        assert_eq!(
            dense.iter().map(|(i, &n)| (i, n)).collect::<Vec<_>>(),
            [(0, 3), (1, 8), (3, 4), (63, 6), (64, 2), (70, 7), (129, 5)]
        );
        for i in 0..200 {
            assert_eq!(dense.get(&i), ordered.get(&i), "get {i}");
            assert_eq!(dense.contains_key(&i), ordered.contains_key(&i), "contains {i}");
        }
    }

    /// The state hash reads these through serde: the bytes must be those
    /// of the ordered collections they replaced.
    #[test]
    fn both_serialize_as_the_ordered_collections_do() {
        let set: DenseSet = KEYS.into_iter().collect();
        assert_eq!(serde_json::to_string(&set).unwrap(), "[0,1,3,63,64,70,129]");
        let mut map = DenseMap::new();
        map.insert(70, "b");
        map.insert(3, "a");
        assert_eq!(serde_json::to_string(&map).unwrap(), r#"{"3":"a","70":"b"}"#);
        let empty: DenseMap<u8> = DenseMap::new();
        assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    }
}
