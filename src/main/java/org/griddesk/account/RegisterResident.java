package org.griddesk.account;

/** A resident signing up from home: the phone number becomes the login name. */
public record RegisterResident(String displayName, String phone, String password) {
}
