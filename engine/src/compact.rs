//! Ordered sets, maps and a stable sort for the engine's short lists (a dozen regions, a few
//! dozen answers, at most seventy sources).
//!
//! Why not `BTreeMap` and `slice::sort_by`: in the widget's WebAssembly every B-tree and every
//! driftsort instantiation costs kilobytes (measured with twiggy: about 13 KB of B-tree code and
//! 25 KB of sorting code before wasm-opt), which is download time on a patient's phone. A sorted
//! `Vec` and an insertion sort give the same order, and the same determinism, in a few hundred
//! bytes; on lists this short they are also as fast.

use std::cmp::Ordering;

/// Sorts `items` so that `order` holds between neighbours; equal items keep their order.
pub fn sort_stable_by<T>(items: &mut [T], mut order: impl FnMut(&T, &T) -> Ordering) {
    for end in 1..items.len() {
        let mut i = end;
        while i > 0 && order(&items[i - 1], &items[i]) == Ordering::Greater {
            items.swap(i - 1, i);
            i -= 1;
        }
    }
}

/// A set that iterates in ascending order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `item`; false if it was already there.
    pub fn insert(&mut self, item: T) -> bool {
        match self.0.binary_search(&item) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, item);
                true
            }
        }
    }

    /// Removes `item`; false if it was not there.
    pub fn remove(&mut self, item: &T) -> bool {
        match self.0.binary_search(item) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, item: &T) -> bool {
        self.0.binary_search(item).is_ok()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = SortedSet::new();
        set.extend(items);
        set
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A map that iterates in ascending key order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Where `key` is, or where it would go. A linear scan: the maps hold a few dozen entries,
    /// where it is as fast as a binary search, and it is inlined into the hot lookups.
    #[inline]
    fn find(&self, key: &K) -> Result<usize, usize> {
        for (at, (k, _)) in self.0.iter().enumerate() {
            match k.cmp(key) {
                Ordering::Less => {}
                Ordering::Equal => return Ok(at),
                Ordering::Greater => return Err(at),
            }
        }
        Err(self.0.len())
    }

    /// Sets the value for `key`, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    #[inline]
    pub fn get(&self, key: &K) -> Option<&V> {
        self.find(key).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// Pairs in ascending key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(pairs: I) -> Self {
        let mut map = SortedMap::new();
        for (key, value) in pairs {
            map.insert(key, value);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sort_is_stable_and_matches_the_standard_one() {
        let mut ours: Vec<(u8, usize)> = [3u8, 1, 3, 0, 2, 1, 3, 0]
            .iter()
            .enumerate()
            .map(|(i, k)| (*k, i))
            .collect();
        let mut std_sorted = ours.clone();
        std_sorted.sort_by_key(|(k, _)| *k);
        sort_stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
        assert_eq!(ours, std_sorted);
    }

    #[test]
    fn the_set_keeps_one_of_each_in_order() {
        let mut set: SortedSet<u8> = [5, 1, 5, 3].into_iter().collect();
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), [1, 3, 5]);
        assert!(!set.insert(3));
        assert!(set.remove(&1));
        assert!(!set.remove(&1));
        assert!(set.contains(&5) && !set.contains(&1));
        assert_eq!(set.len(), 2);
    }

    #[test]
    fn the_map_replaces_values_and_iterates_by_key() {
        let mut map: SortedMap<u8, &str> = [(2, "b"), (1, "a")].into_iter().collect();
        assert_eq!(map.insert(2, "B"), Some("b"));
        assert_eq!(map.insert(0, "z"), None);
        assert_eq!(map.get(&2), Some(&"B"));
        assert!(!map.contains_key(&7));
        assert_eq!(
            map.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(),
            [(0, "z"), (1, "a"), (2, "B")]
        );
    }
}
