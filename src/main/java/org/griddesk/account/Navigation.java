package org.griddesk.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the layout's header offers the signed-in person, worked out once per page as {@code @navigation.menu()}: the
 * header used to ask Spring Security nine times, parsing an access expression each time, on every page.
 */
@Component("navigation")
public class Navigation {

	public Menu menu() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return Menu.SIGNED_OUT;
		}
		Role role = user.role();
		return new Menu(true, user.displayName(), role == Role.RESIDENT, role == Role.GRID_WORKER, role.isCommander(),
				role == Role.DEPARTMENT_STAFF, role == Role.ADMIN);
	}

	/** The header's sections; at most one role section is true. */
	public record Menu(boolean signedIn, String displayName, boolean resident, boolean worker, boolean commander,
			boolean department, boolean admin) {

		static final Menu SIGNED_OUT = new Menu(false, null, false, false, false, false, false);

	}

}
