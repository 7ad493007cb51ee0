package org.griddesk.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.griddesk.region.RegionLevel;

/**
 * A staff account as the administrator fills it in. The form offers one region field per level (several grids, or
 * one community, street or district); the role decides which of them counts. User name and role are chosen once,
 * when the account is created.
 */
record StaffAccountForm(
		@NotBlank(message = "{admin.error.required}", groups = Creating.class) @Pattern(regexp = Accounts.USERNAME_PATTERN,
				message = "{account.error.usernameFormat}", groups = Creating.class) String username,
		@NotBlank(message = "{admin.error.required}") @Size(max = 64, message = "{admin.error.tooLong}") String displayName,
		@Pattern(regexp = "^$|" + Accounts.PHONE_PATTERN, message = "{account.error.phone}") String phone,
		@NotNull(message = "{admin.error.required}", groups = Creating.class) Role role, List<Long> gridIds,
		Long communityId, Long streetId, Long districtId, Long departmentId) {

	/** Validation group of the fields that only a new account has. */
	interface Creating {

	}

	static StaffAccountForm empty() {
		return new StaffAccountForm("", "", "", null, List.of(), null, null, null, null);
	}

	static StaffAccountForm of(AccountView account) {
		Long single = account.regionIds().size() == 1 ? account.regionIds().iterator().next() : null;
		RegionLevel level = account.role().boundLevel();
		return new StaffAccountForm(account.username(), account.displayName(),
				account.phone() == null ? "" : account.phone(), account.role(),
				level == RegionLevel.GRID ? List.copyOf(account.regionIds()) : List.of(),
				level == RegionLevel.COMMUNITY ? single : null, level == RegionLevel.STREET ? single : null,
				level == RegionLevel.DISTRICT ? single : null, account.departmentId());
	}

	/** The command for the given role, reading only the region or department field that fits it. */
	StaffAccount toCommand(String username, Role role) {
		Set<Long> regionIds = new LinkedHashSet<>();
		RegionLevel level = role.boundLevel();
		if (level == RegionLevel.GRID && this.gridIds != null) {
			regionIds.addAll(this.gridIds);
		}
		else if (level != null && level != RegionLevel.GRID) {
			Long chosen = switch (level) {
				case COMMUNITY -> this.communityId;
				case STREET -> this.streetId;
				default -> this.districtId;
			};
			if (chosen != null) {
				regionIds.add(chosen);
			}
		}
		return new StaffAccount(username.strip(), this.displayName.strip(), this.phone == null ? null : this.phone.strip(),
				role, regionIds, role == Role.DEPARTMENT_STAFF ? this.departmentId : null);
	}

	/** The form field that holds the regions of a role, where errors about them belong. */
	static String regionField(Role role) {
		RegionLevel level = role.boundLevel();
		if (level == null) {
			return "departmentId";
		}
		return switch (level) {
			case GRID -> "gridIds";
			case COMMUNITY -> "communityId";
			case STREET -> "streetId";
			case DISTRICT -> "districtId";
		};
	}

}
