package dev.agentworkbench.memory.links;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A map in generations: a base shared with older generations and never changed once shared, and
 * this generation's own changes on top. A new generation ({@link #next}) copies only the changes,
 * so refiling one note in a graph of 100,000 costs little; when the changes grow to an eighth of
 * the base, they are folded into a new base. Null values are not allowed. Not thread-safe while
 * being changed; safe to read from any thread once published.
 */
final class LayeredMap<K, V> extends AbstractMap<K, V> {
  private static final Object GONE = new Object();
  private static final int FOLD_FROM = 64;

  private Map<K, V> base;
  private final Map<K, Object> top;

  /** False while no other generation shares the base: changes then go straight into it. */
  private boolean shared;

  private int size;

  LayeredMap() {
    this(new HashMap<>(), new HashMap<>(), 0);
  }

  private LayeredMap(Map<K, V> base, Map<K, Object> top, int size) {
    this.base = base;
    this.top = top;
    this.size = size;
  }

  /** The next generation: starts equal to this one; changing it leaves this one as it is. */
  LayeredMap<K, V> next() {
    shared = true;
    LayeredMap<K, V> next = new LayeredMap<>(base, new HashMap<>(top), size);
    next.shared = true;
    if (next.top.size() >= FOLD_FROM && next.top.size() * 8L > base.size()) {
      next.fold();
    }
    return next;
  }

  @SuppressWarnings("unchecked")
  private void fold() {
    Map<K, V> merged = new HashMap<>(base);
    for (Map.Entry<K, Object> e : top.entrySet()) {
      if (e.getValue() == GONE) {
        merged.remove(e.getKey());
      } else {
        merged.put(e.getKey(), (V) e.getValue());
      }
    }
    base = merged;
    top.clear();
    shared = false;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    Object changed = top.get(key);
    if (changed != null) {
      return changed == GONE ? null : (V) changed;
    }
    return base.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    Object changed = top.get(key);
    if (changed != null) {
      return changed != GONE;
    }
    return base.containsKey(key);
  }

  @Override
  public V put(K key, V value) {
    Objects.requireNonNull(value, "value");
    V old = get(key);
    if (shared) {
      top.put(key, value);
    } else {
      base.put(key, value);
    }
    if (old == null) {
      size++;
    }
    return old;
  }

  @Override
  public V remove(Object key) {
    V old = get(key);
    if (old == null) {
      return null;
    }
    if (shared) {
      @SuppressWarnings("unchecked")
      K k = (K) key;
      top.put(k, GONE);
    } else {
      base.remove(key);
    }
    size--;
    return old;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Entries();
      }
    };
  }

  /** This generation's changes first, then the base's entries that no change hides. */
  private final class Entries implements Iterator<Map.Entry<K, V>> {
    private final Iterator<Map.Entry<K, Object>> changes = top.entrySet().iterator();
    private final Iterator<Map.Entry<K, V>> unchanged = base.entrySet().iterator();
    private Map.Entry<K, V> next = advance();

    @SuppressWarnings("unchecked")
    private Map.Entry<K, V> advance() {
      while (changes.hasNext()) {
        Map.Entry<K, Object> e = changes.next();
        if (e.getValue() != GONE) {
          return new SimpleImmutableEntry<>(e.getKey(), (V) e.getValue());
        }
      }
      while (unchanged.hasNext()) {
        Map.Entry<K, V> e = unchanged.next();
        if (!top.containsKey(e.getKey())) {
          return new SimpleImmutableEntry<>(e);
        }
      }
      return null;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Map.Entry<K, V> next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      Map.Entry<K, V> out = next;
      next = advance();
      return out;
    }
  }
}
