package org.griddesk.dispatch;

import java.util.Set;
import java.util.UUID;

import org.griddesk.account.Accounts;
import org.griddesk.account.CurrentUser;
import org.griddesk.account.Role;
import org.griddesk.account.StaffAccount;
import org.griddesk.region.DepartmentView;
import org.griddesk.region.Departments;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Actors;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Department staff accounts for tests, created with unique names so that tests never share them. */
@Component
class DispatchTestAccounts {

	static final String PASSWORD = "griddesk9";

	private final Accounts accounts;

	private final Departments departments;

	private final UserDetailsService users;

	private final Actors actors;

	DispatchTestAccounts(Accounts accounts, Departments departments, UserDetailsService users, Actors actors) {
		this.accounts = accounts;
		this.departments = departments;
		this.users = users;
		this.actors = actors;
	}

	/** A new staff account of the department with the given code; returns its user name. */
	String departmentStaff(String departmentCode) {
		DepartmentView department = department(departmentCode);
		String username = "dept-" + departmentCode.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createWithPassword(new StaffAccount(username, department.name() + "值班员", null,
				Role.DEPARTMENT_STAFF, Set.of(), department.id()), PASSWORD);
		return username;
	}

	Actor actor(String username) {
		return this.actors.of((CurrentUser) this.users.loadUserByUsername(username));
	}

	DepartmentView department(String code) {
		return this.departments.all().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
	}

}
