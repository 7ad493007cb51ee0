package org.griddesk.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reference data every page names things with — the region tree and scopes, the responsibility list, the
 * departments — changes only through administration, so each node keeps it in memory ({@code @Cacheable} on the
 * reading methods of its owners). A change clears the owner's caches at once, so that the changing transaction reads
 * its own writes, and again when that transaction ends, so that no reader keeps rows cached between the change and
 * the commit, nor rows of a transaction that rolled back. Other nodes of a cluster see a change once their entries
 * expire ({@code griddesk.reference-cache.time-to-live}).
 */
@Component
public class ReferenceCaches {

	private final CacheManager caches;

	ReferenceCaches(CacheManager caches) {
		this.caches = caches;
	}

	/** Forgets what the named caches hold, now and once the current transaction (if any) has ended. */
	public void changed(String... cacheNames) {
		clear(cacheNames);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					clear(cacheNames);
				}
			});
		}
	}

	/**
	 * The cached values of these keys, with the missing ones read in one go by {@code loader} and cached; keys the
	 * loader does not answer stay out of the result.
	 */
	public <K, V> Map<K, V> getAll(String cacheName, Collection<K> keys, Function<Set<K>, Map<K, V>> loader) {
		Cache cache = this.caches.getCache(cacheName);
		Map<K, V> found = new HashMap<>();
		Set<K> missing = new HashSet<>();
		for (K key : keys) {
			Cache.ValueWrapper hit = cache.get(key);
			if (hit == null) {
				missing.add(key);
			}
			else {
				@SuppressWarnings("unchecked")
				V value = (V) hit.get();
				found.put(key, value);
			}
		}
		if (!missing.isEmpty()) {
			loader.apply(missing).forEach((key, value) -> {
				cache.put(key, value);
				found.put(key, value);
			});
		}
		return found;
	}

	private void clear(String... cacheNames) {
		for (String name : cacheNames) {
			Cache cache = this.caches.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}
	}

}
