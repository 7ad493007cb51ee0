package org.griddesk.open311;

import java.time.Clock;
import java.util.List;

import org.griddesk.audit.AuditTrail;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's API keys: create (the key is shown once), change the rate limit, revoke. */
@Service
@Transactional(readOnly = true)
public class ApiKeys {

	private final ApiKeyRepository keys;

	private final AuditTrail audit;

	private final Clock clock;

	ApiKeys(ApiKeyRepository keys, AuditTrail audit, Clock clock) {
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	public List<ApiKeyRow> all() {
		return this.keys.findAllByOrderByRevokedAtDescCreatedAtDesc().stream().map(ApiKey::toRow).toList();
	}

	/** A new random key; the clear text is in the answer and nowhere else. */
	@Transactional
	public NewApiKey create(String name, int requestsPerMinute) {
		String key = KeyHash.newKey();
		Long id = register(name, key, requestsPerMinute);
		return new NewApiKey(id, name.strip(), key, requestsPerMinute);
	}

	/** Registers a key chosen elsewhere (the demo data's published key). */
	@Transactional
	public Long register(String name, String key, int requestsPerMinute) {
		String cleanName = name.strip();
		if (this.keys.existsByName(cleanName)) {
			throw new InvalidInputException("name", "open311.apiKey.error.duplicateName");
		}
		ApiKey saved = this.keys.save(new ApiKey(cleanName, KeyHash.of(key), KeyHash.prefix(key), requestsPerMinute,
				this.clock.instant(), currentUser()));
		this.audit.record("API_KEY_CREATED", "API_KEY", saved.getId(),
				cleanName + " (" + requestsPerMinute + "/min)");
		return saved.getId();
	}

	@Transactional
	public void changeLimit(Long id, int requestsPerMinute) {
		ApiKey key = load(id);
		key.limitTo(requestsPerMinute);
		this.audit.record("API_KEY_LIMITED", "API_KEY", id, key.getName() + " → " + requestsPerMinute + "/min");
	}

	@Transactional
	public void revoke(Long id) {
		ApiKey key = load(id);
		key.revoke(this.clock.instant());
		this.audit.record("API_KEY_REVOKED", "API_KEY", id, key.getName());
	}

	private ApiKey load(Long id) {
		return this.keys.findById(id).orElseThrow(() -> new NotFoundException("api key", id));
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
