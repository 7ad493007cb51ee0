package org.griddesk.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as kept in the (database-backed) HTTP session: who they are, their role, and the regions or
 * department they are bound to. Services turn the bound regions into a {@link org.griddesk.region.Scope}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Set<Long> regionIds;

	private final Long departmentId;

	private final Long personId;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean passwordMustChange;

	CurrentUser(Long id, String username, String passwordHash, String displayName, Role role, Set<Long> regionIds,
			Long departmentId, Long personId, boolean enabled, boolean locked, boolean passwordMustChange) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.regionIds = Set.copyOf(regionIds);
		this.departmentId = departmentId;
		this.personId = personId;
		this.enabled = enabled;
		this.locked = locked;
		this.passwordMustChange = passwordMustChange;
	}

	public Long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/** The regions this account is bound to (empty for residents and department staff). */
	public Set<Long> regionIds() {
		return this.regionIds;
	}

	public Long departmentId() {
		return this.departmentId;
	}

	/** The ledger person a resident's account is linked to, if any. */
	public Long personId() {
		return this.personId;
	}

	/** Signed in with a one-time password: nothing but choosing a password of their own until they have. */
	public boolean passwordMustChange() {
		return this.passwordMustChange;
	}

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && this.id.equals(user.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.username + " (" + this.role + ")";
	}

}
