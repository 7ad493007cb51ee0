package org.griddesk.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.griddesk.audit.AuditTrail;
import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.system.ReferenceCaches;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Everything that creates or changes an account, including the lock-out bookkeeping of sign-in. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	static final String PHONE_PATTERN = "^1[3-9]\\d{9}$";

	static final String USERNAME_PATTERN = "^[A-Za-z0-9._-]{3,32}$";

	/** The user name of the first administrator of an installation without demo data. */
	static final String FIRST_ADMINISTRATOR = "admin";

	private static final String DISPLAY_NAMES = "account-display-names";

	private static final String TEMPORARY_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Regions regions;

	private final Departments departments;

	private final AuditTrail audit;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final Clock clock;

	private final int maxFailedLogins;

	private final Duration lockout;

	private final ReferenceCaches caches;

	private final SecureRandom random = new SecureRandom();

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Regions regions, Departments departments,
			AuditTrail audit, FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock,
			@Value("${griddesk.security.max-failed-logins:5}") int maxFailedLogins,
			@Value("${griddesk.security.lockout:15m}") Duration lockout, ReferenceCaches caches) {
		this.accounts = accounts;
		this.caches = caches;
		this.passwordEncoder = passwordEncoder;
		this.regions = regions;
		this.departments = departments;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
		this.maxFailedLogins = maxFailedLogins;
		this.lockout = lockout;
	}

	public AccountView get(Long id) {
		return load(id).toView(this.clock.instant());
	}

	/** A staff account; residents answer "not found" here, as the administration manages staff only. */
	public AccountView staffMember(Long id) {
		AccountView account = get(id);
		if (account.role() == Role.RESIDENT) {
			throw new NotFoundException("staff account", id);
		}
		return account;
	}

	public Page<AccountView> staff(Pageable pageable) {
		return this.accounts.findByRoleNotOrderByUsername(Role.RESIDENT, pageable)
			.map(account -> account.toView(this.clock.instant()));
	}

	/**
	 * A page of staff accounts for the administrator, optionally only those whose user name or name contains the
	 * query, with the bound regions and department by name.
	 */
	public Page<StaffRow> directory(String query, Pageable pageable) {
		Page<Account> page = query == null || query.isBlank()
				? this.accounts.findByRoleNotOrderByUsername(Role.RESIDENT, pageable)
				: this.accounts.searchByRoleNot(Role.RESIDENT, containing(query), pageable);
		Page<AccountView> views = page.map(account -> account.toView(this.clock.instant()));
		Map<Long, String> regionLabels = this.regions.labels(views.stream()
			.flatMap(view -> view.regionIds().stream())
			.collect(Collectors.toSet()));
		Map<Long, String> departmentNames = views.stream().anyMatch(view -> view.departmentId() != null)
				? this.departments.all()
					.stream()
					.collect(Collectors.toMap(DepartmentView::id, DepartmentView::name))
				: Map.of();
		return views.map(view -> new StaffRow(view.id(), view.username(), view.displayName(), view.phone(),
				view.role(), view.regionIds().stream().map(regionLabels::get).sorted().toList(),
				view.departmentId() == null ? null : departmentNames.get(view.departmentId()), view.enabled(),
				view.locked()));
	}

	private static String containing(String query) {
		String escaped = query.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/**
	 * Display names of the given accounts, for timelines and lists: every ticket page names its actors, so each node
	 * keeps the names it has read (see {@link ReferenceCaches}); renaming an account clears them.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<Long, String> displayNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			// not Map.of(): callers look up the actors of timeline events, and the system's actor is null
			return new HashMap<>();
		}
		return this.caches.getAll(DISPLAY_NAMES, ids,
				missing -> this.accounts.findDisplayNamesByIdIn(missing)
					.stream()
					.collect(Collectors.toMap(AccountRepository.DisplayName::getId,
							AccountRepository.DisplayName::getDisplayName, (first, second) -> first)));
	}

	/** The enabled accounts of a role bound to any of the given regions, e.g. the workers of a grid. */
	public List<AccountView> withRoleIn(Role role, Collection<Long> regionIds) {
		if (regionIds.isEmpty()) {
			return List.of();
		}
		return this.accounts.findByRoleInRegions(role, regionIds)
			.stream()
			.map(account -> account.toView(this.clock.instant()))
			.filter(AccountView::enabled)
			.toList();
	}

	/**
	 * The ids of the enabled accounts of this role bound to any of the regions: whom to notify, without loading each
	 * account and its regions.
	 */
	public List<Long> enabledIdsWithRoleIn(Role role, Collection<Long> regionIds) {
		if (regionIds.isEmpty()) {
			return List.of();
		}
		return this.accounts.findEnabledIdsByRoleInRegions(role, regionIds);
	}

	@Transactional
	public AccountView registerResident(RegisterResident command) {
		if (!command.phone().matches(PHONE_PATTERN)) {
			throw new InvalidInputException("phone", "account.error.phone");
		}
		if (this.accounts.existsByUsername(command.phone()) || this.accounts.existsByPhone(command.phone())) {
			throw new InvalidInputException("phone", "account.error.phoneTaken");
		}
		PasswordPolicy.check("password", command.password(), command.phone(), command.displayName());
		Account account = this.accounts.save(new Account(command.phone(),
				this.passwordEncoder.encode(command.password()), command.displayName(), command.phone(),
				Role.RESIDENT, Set.of(), null, this.clock.instant()));
		return account.toView(this.clock.instant());
	}

	/** Creates a staff account and returns the one-time password the administrator hands over. */
	@Transactional
	public String createStaff(StaffAccount command) {
		if (command.role() == Role.RESIDENT) {
			throw new InvalidInputException("role", "account.error.staffRole");
		}
		checkUsername(command.username());
		checkPhone(command.phone(), null);
		checkBinding(command.role(), command.regionIds(), command.departmentId());
		String password = temporaryPassword();
		Account account = new Account(command.username(), null, command.displayName(), blankToNull(command.phone()),
				command.role(), command.regionIds(), command.departmentId(), this.clock.instant());
		account.issueOneTimePassword(this.passwordEncoder.encode(password));
		account = this.accounts.save(account);
		this.audit.record("ACCOUNT_CREATED", "ACCOUNT", account.getId(),
				command.username() + " " + command.role() + " regions=" + command.regionIds() + " department="
						+ command.departmentId());
		return password;
	}

	@Transactional
	public void updateStaff(Long id, StaffAccount command) {
		Account account = load(id);
		if (account.getRole() != command.role()) {
			throw new InvalidInputException("role", "account.error.roleFixed");
		}
		checkPhone(command.phone(), id);
		checkBinding(command.role(), command.regionIds(), command.departmentId());
		account.assign(command.displayName(), blankToNull(command.phone()), command.regionIds(),
				command.departmentId());
		this.caches.changed(DISPLAY_NAMES);
		this.audit.record("ACCOUNT_UPDATED", "ACCOUNT", id,
				"regions=" + command.regionIds() + " department=" + command.departmentId());
		endSessions(account.getUsername());
	}

	/** Disables or re-enables an account; the last enabled administrator cannot be disabled. */
	@Transactional
	public void setEnabled(Long id, boolean enabled) {
		Account account = load(id);
		if (!enabled && account.getRole() == Role.ADMIN && account.isEnabled()
				&& this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new ConflictException("account.error.lastAdmin");
		}
		account.setEnabled(enabled);
		this.audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "ACCOUNT", id, account.getUsername());
		if (!enabled) {
			endSessions(account.getUsername());
		}
	}

	/** Sets a new one-time password (also lifting a lock-out) and returns it for the administrator to hand over. */
	@Transactional
	public String resetPassword(Long id) {
		Account account = load(id);
		String password = temporaryPassword();
		account.issueOneTimePassword(this.passwordEncoder.encode(password));
		this.audit.record("ACCOUNT_PASSWORD_RESET", "ACCOUNT", id, account.getUsername());
		endSessions(account.getUsername());
		return password;
	}

	/**
	 * The owner replaces their password, proving they know the current one. Every session of the account ends, this
	 * one too: whoever may have learnt the old password is signed out with it.
	 */
	@Transactional
	void changeOwnPassword(Long id, String currentPassword, String newPassword) {
		Account account = load(id);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "account.error.currentPassword");
		}
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new InvalidInputException("newPassword", "account.error.samePassword");
		}
		PasswordPolicy.check("newPassword", newPassword, account.getUsername(), account.getPhone(),
				account.getDisplayName());
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.audit.record("ACCOUNT_PASSWORD_CHANGED", "ACCOUNT", id, account.getUsername());
		endSessions(account.getUsername());
	}

	/** Where notifications are mailed to, when mail is configured; blank removes it. */
	@Transactional
	void changeEmail(Long id, String email) {
		String address = blankToNull(email);
		load(id).changeEmail(address);
		this.audit.record("ACCOUNT_EMAIL_CHANGED", "ACCOUNT", id, address == null ? "-" : address);
	}

	@Transactional
	public void linkPerson(Long accountId, Long personId) {
		load(accountId).linkPerson(personId);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailedLogin(String username) {
		findLogin(username)
			.ifPresent(account -> account.recordFailedLogin(this.clock.instant(), this.maxFailedLogins, this.lockout));
	}

	@Transactional
	void recordSuccessfulLogin(String username) {
		findLogin(username).ifPresent(Account::recordSuccessfulLogin);
	}

	CurrentUser loadCurrentUser(String username) {
		return findLogin(username).map(account -> account.toCurrentUser(this.clock.instant())).orElse(null);
	}

	/** People sign in with their user name or their phone number. */
	private Optional<Account> findLogin(String login) {
		return this.accounts.findByUsername(login).or(() -> this.accounts.findByPhone(login));
	}

	/** Creates an account with a known password; only the demo data and tests use it. */
	@Transactional
	public Long createWithPassword(StaffAccount command, String password) {
		Account account = this.accounts.save(new Account(command.username(), this.passwordEncoder.encode(password),
				command.displayName(), blankToNull(command.phone()), command.role(), command.regionIds(),
				command.departmentId(), this.clock.instant()));
		return account.getId();
	}

	/**
	 * Creates the first administrator of an installation that has none, bound to the district (created under the
	 * given code and name if the tree is still empty). Does nothing once any administrator exists.
	 * @return whether an administrator was created
	 */
	@Transactional
	public boolean bootstrapAdministrator(String password, String districtCode, String districtName) {
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return false;
		}
		if (this.accounts.existsByUsername(FIRST_ADMINISTRATOR)) {
			throw new IllegalStateException("There is no administrator, but the user name '" + FIRST_ADMINISTRATOR
					+ "' is taken by an account of another role; give an administrator role to someone by hand.");
		}
		PasswordPolicy.check("password", password, FIRST_ADMINISTRATOR);
		RegionView district = this.regions.findDistrict()
			.orElseGet(() -> this.regions.create(null, districtCode, districtName));
		Account account = this.accounts.save(new Account(FIRST_ADMINISTRATOR, this.passwordEncoder.encode(password),
				FIRST_ADMINISTRATOR, null, Role.ADMIN, Set.of(district.id()), null, this.clock.instant()));
		this.audit.record("ACCOUNT_CREATED", "ACCOUNT", account.getId(),
				FIRST_ADMINISTRATOR + " " + Role.ADMIN + " regions=[" + district.id() + "] (first administrator)");
		return true;
	}

	private void checkUsername(String username) {
		if (username == null || !username.matches(USERNAME_PATTERN)) {
			throw new InvalidInputException("username", "account.error.usernameFormat");
		}
		if (username.matches(PHONE_PATTERN)) {
			// people also sign in with their phone number: such a user name could be someone else's phone
			throw new InvalidInputException("username", "account.error.usernameLooksLikePhone");
		}
		if (this.accounts.existsByUsername(username)) {
			throw new InvalidInputException("username", "account.error.usernameTaken");
		}
	}

	private void checkPhone(String phone, Long id) {
		if (phone == null || phone.isBlank()) {
			return;
		}
		if (!phone.matches(PHONE_PATTERN)) {
			throw new InvalidInputException("phone", "account.error.phone");
		}
		boolean taken = id == null ? this.accounts.existsByPhone(phone) : this.accounts.existsByPhoneAndIdNot(phone, id);
		if (taken) {
			throw new InvalidInputException("phone", "account.error.phoneTaken");
		}
	}

	private void checkBinding(Role role, Set<Long> regionIds, Long departmentId) {
		if (role == Role.DEPARTMENT_STAFF) {
			if (departmentId == null) {
				throw new InvalidInputException("departmentId", "account.error.departmentRequired");
			}
			this.departments.get(departmentId);
			if (!regionIds.isEmpty()) {
				throw new InvalidInputException("regionIds", "account.error.noRegionsForDepartment");
			}
			return;
		}
		if (departmentId != null) {
			throw new InvalidInputException("departmentId", "account.error.noDepartment");
		}
		if (regionIds.isEmpty() || (role != Role.GRID_WORKER && regionIds.size() > 1)) {
			throw new InvalidInputException("regionIds", "account.error.regionCount");
		}
		Map<Long, RegionView> bound = regionIds.stream()
			.collect(Collectors.toMap(Function.identity(), this.regions::get));
		if (bound.values().stream().anyMatch(region -> region.level() != role.boundLevel())) {
			throw new InvalidInputException("regionIds", "account.error.regionLevel");
		}
	}

	private void endSessions(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

	private String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			password.append(TEMPORARY_PASSWORD_ALPHABET.charAt(this.random.nextInt(TEMPORARY_PASSWORD_ALPHABET.length())));
		}
		return password.append(this.random.nextInt(10)).toString();
	}

	private Account load(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
