package org.griddesk.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private String phone;

	private String email;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long departmentId;

	private Long personId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_region", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "region_id")
	private Set<Long> regionIds = new LinkedHashSet<>();

	private boolean enabled = true;

	private boolean passwordMustChange;

	private int failedLogins;

	private Instant lockedUntil;

	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String passwordHash, String displayName, String phone, Role role, Set<Long> regionIds,
			Long departmentId, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.phone = phone;
		this.role = role;
		this.regionIds.addAll(regionIds);
		this.departmentId = departmentId;
		this.createdAt = createdAt;
	}

	CurrentUser toCurrentUser(Instant now) {
		return new CurrentUser(this.id, this.username, this.passwordHash, this.displayName, this.role, this.regionIds,
				this.departmentId, this.personId, this.enabled, isLocked(now), this.passwordMustChange);
	}

	AccountView toView(Instant now) {
		return new AccountView(this.id, this.username, this.displayName, this.phone, this.email, this.role,
				Set.copyOf(this.regionIds), this.departmentId, this.personId, this.enabled, isLocked(now),
				this.createdAt);
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** Counts a wrong password; the threshold-th in a row locks the account for the lock-out period. */
	void recordFailedLogin(Instant now, int threshold, Duration lockout) {
		if (this.lockedUntil != null && !isLocked(now)) {
			this.failedLogins = 0;
			this.lockedUntil = null;
		}
		this.failedLogins++;
		if (this.failedLogins >= threshold) {
			this.lockedUntil = now.plus(lockout);
		}
	}

	void recordSuccessfulLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/** A password the owner chose. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordMustChange = false;
		recordSuccessfulLogin();
	}

	/** A password an administrator hands over, good for the one sign-in that replaces it. */
	void issueOneTimePassword(String passwordHash) {
		changePassword(passwordHash);
		this.passwordMustChange = true;
	}

	void changeEmail(String email) {
		this.email = email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPhone() {
		return this.phone;
	}

	void assign(String displayName, String phone, Set<Long> regionIds, Long departmentId) {
		this.displayName = displayName;
		this.phone = phone;
		this.regionIds.clear();
		this.regionIds.addAll(regionIds);
		this.departmentId = departmentId;
	}

	void linkPerson(Long personId) {
		this.personId = personId;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Role getRole() {
		return this.role;
	}

}
