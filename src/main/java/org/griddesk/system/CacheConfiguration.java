package org.griddesk.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Caching of reference data (see {@link ReferenceCaches}). The cache advice runs outside the transaction advice, so
 * that a hit opens no transaction and borrows no connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class CacheConfiguration {

	@Bean
	CacheManager cacheManager(@Value("${griddesk.reference-cache.time-to-live:30s}") Duration timeToLive) {
		CaffeineCacheManager caches = new CaffeineCacheManager();
		caches.setCaffeine(Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000));
		return caches;
	}

}
