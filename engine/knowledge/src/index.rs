//! Typed positions in the knowledge's lists: an `Ix<Region>` indexes regions and nothing else,
//! so a question's position can never be used as a condition's.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Index;

/// The position of a `T` in its list.
pub struct Ix<T> {
    at: usize,
    // `fn() -> T`: no ownership of a `T`, and `Ix<T>` stays `Send`, `Sync` and `Copy` whatever `T`.
    list: PhantomData<fn() -> T>,
}

impl<T> Ix<T> {
    pub const fn new(at: usize) -> Ix<T> {
        Ix {
            at,
            list: PhantomData,
        }
    }

    /// The plain position, for lists that run parallel to the knowledge's (such as one
    /// probability per condition).
    pub const fn get(self) -> usize {
        self.at
    }

    /// Every position of `list`, in order.
    pub fn all(list: &[T]) -> impl DoubleEndedIterator<Item = Ix<T>> {
        (0..list.len()).map(Ix::new)
    }

    /// The first position whose item passes `test`.
    pub fn find(list: &[T], test: impl Fn(&T) -> bool) -> Option<Ix<T>> {
        list.iter().position(test).map(Ix::new)
    }
}

impl<T> Index<Ix<T>> for [T] {
    type Output = T;
    fn index(&self, ix: Ix<T>) -> &T {
        &self[ix.at]
    }
}

// Written out rather than derived: a derive would ask the same of `T`.
impl<T> Clone for Ix<T> {
    fn clone(&self) -> Ix<T> {
        *self
    }
}
impl<T> Copy for Ix<T> {}
impl<T> PartialEq for Ix<T> {
    fn eq(&self, other: &Ix<T>) -> bool {
        self.at == other.at
    }
}
impl<T> Eq for Ix<T> {}
impl<T> PartialOrd for Ix<T> {
    fn partial_cmp(&self, other: &Ix<T>) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Ix<T> {
    fn cmp(&self, other: &Ix<T>) -> Ordering {
        self.at.cmp(&other.at)
    }
}
impl<T> Hash for Ix<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.at.hash(state);
    }
}
impl<T> fmt::Debug for Ix<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.at)
    }
}
