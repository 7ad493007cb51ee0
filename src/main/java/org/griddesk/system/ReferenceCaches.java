package org.griddesk.system;

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

	private void clear(String... cacheNames) {
		for (String name : cacheNames) {
			Cache cache = this.caches.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}
	}

}
